from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "outbox_messages" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "recipient" VARCHAR(254) NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "text_body" TEXT NOT NULL,
    "html_body" TEXT NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ NOT NULL,
    "last_error" TEXT NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "claimed_until" TIMESTAMPTZ,
    "claim_token" UUID
);
CREATE INDEX IF NOT EXISTS "idx_outbox_mess_status_e70b56" ON "outbox_messages" ("status", "next_attempt_at");
COMMENT ON COLUMN "outbox_messages"."kind" IS 'SESSION_CONFIRMED: SESSION_CONFIRMED\nSESSION_CANCELLED: SESSION_CANCELLED\nSESSION_RESCHEDULED: SESSION_RESCHEDULED\nCONSULTATION_BOOKED: CONSULTATION_BOOKED\nSAMPLE_MIX_DELIVERED: SAMPLE_MIX_DELIVERED\nPROJECT_STATUS_CHANGED: PROJECT_STATUS_CHANGED\nDELIVERABLE_SUBMITTED: DELIVERABLE_SUBMITTED\nREVISION_REQUESTED: REVISION_REQUESTED\nDELIVERABLE_APPROVED: DELIVERABLE_APPROVED\nGALLERY_READY: GALLERY_READY';
COMMENT ON COLUMN "outbox_messages"."status" IS 'PENDING: PENDING\nSENDING: SENDING\nSENT: SENT\nFAILED: FAILED';
        CREATE TABLE IF NOT EXISTS "shop_fulfillment_events" (
    "event_id" VARCHAR(100) NOT NULL PRIMARY KEY,
    "received_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "shop_fulfillment_events" IS 'Print-lab webhook events already applied: a redelivery changes nothing.';
        CREATE TABLE IF NOT EXISTS "shop_order_counters" (
    "year" SERIAL NOT NULL PRIMARY KEY,
    "issued" INT NOT NULL
);
COMMENT ON TABLE "shop_order_counters" IS 'The last order number given out each year; its row lock keeps numbers unique.';
        CREATE TABLE IF NOT EXISTS "shop_products" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "slug" VARCHAR(100) NOT NULL UNIQUE,
    "description" TEXT NOT NULL,
    "category" VARCHAR(16) NOT NULL,
    "subcategory" VARCHAR(100) NOT NULL,
    "base_amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "image_url" VARCHAR(500),
    "options" JSONB NOT NULL,
    "active" BOOL NOT NULL,
    "featured" BOOL NOT NULL,
    "sort_order" INT NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_shop_produc_active_d38212" ON "shop_products" ("active", "sort_order");
COMMENT ON COLUMN "shop_products"."category" IS 'PRINTS: PRINTS\nCANVAS: CANVAS\nMETAL: METAL\nAPPAREL: APPAREL\nACCESSORIES: ACCESSORIES\nDIGITAL: DIGITAL';
        CREATE TABLE IF NOT EXISTS "galleries" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "slug" VARCHAR(64) NOT NULL UNIQUE,
    "access_code" VARCHAR(32) NOT NULL UNIQUE,
    "password_hash" VARCHAR(200),
    "public_share_enabled" BOOL NOT NULL,
    "download_enabled" BOOL NOT NULL,
    "social_share_enabled" BOOL NOT NULL,
    "watermark_enabled" BOOL NOT NULL,
    "watermark_text" VARCHAR(60) NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "extra_photo_amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "selection_submitted_at" TIMESTAMPTZ,
    "view_count" INT NOT NULL,
    "download_count" INT NOT NULL,
    "session_id" UUID NOT NULL REFERENCES "sessions" ("id") ON DELETE RESTRICT,
    "watermark_logo_id" UUID REFERENCES "files" ("id") ON DELETE RESTRICT
);
        CREATE TABLE IF NOT EXISTS "gallery_photos" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "thumbnail_key" VARCHAR(300) NOT NULL,
    "preview_key" VARCHAR(300) NOT NULL,
    "watermarked_key" VARCHAR(300) NOT NULL,
    "watermarked_thumbnail_key" VARCHAR(300) NOT NULL,
    "width" INT NOT NULL,
    "height" INT NOT NULL,
    "editing_status" VARCHAR(12) NOT NULL,
    "featured" BOOL NOT NULL,
    "complimentary" BOOL NOT NULL,
    "purchased" BOOL NOT NULL,
    "favorite" BOOL NOT NULL,
    "sort_order" INT NOT NULL,
    "notes" TEXT NOT NULL,
    "download_count" INT NOT NULL,
    "gallery_id" UUID NOT NULL REFERENCES "galleries" ("id") ON DELETE CASCADE,
    "original_id" UUID NOT NULL REFERENCES "files" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_gallery_pho_gallery_a86386" ON "gallery_photos" ("gallery_id", "sort_order");
COMMENT ON COLUMN "gallery_photos"."editing_status" IS 'RAW: RAW\nEDITING: EDITING\nEDITED: EDITED\nAPPROVED: APPROVED';
        CREATE TABLE IF NOT EXISTS "provider_ratings" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "review_count" INT NOT NULL,
    "rating_sum" INT NOT NULL,
    "stars_1" INT NOT NULL,
    "stars_2" INT NOT NULL,
    "stars_3" INT NOT NULL,
    "stars_4" INT NOT NULL,
    "stars_5" INT NOT NULL,
    "provider_id" UUID NOT NULL UNIQUE REFERENCES "provider_profiles" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "provider_ratings" IS 'A provider''s review totals, kept by SQL increments in each review''s transaction.';
        CREATE TABLE IF NOT EXISTS "reviews" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "rating" SMALLINT NOT NULL,
    "text" TEXT NOT NULL,
    "response" TEXT,
    "responded_at" TIMESTAMPTZ,
    "helpful_count" INT NOT NULL,
    "client_id" UUID NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "provider_id" UUID NOT NULL REFERENCES "provider_profiles" ("id") ON DELETE CASCADE,
    "session_id" UUID NOT NULL UNIQUE REFERENCES "sessions" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_reviews_provide_4dedd5" ON "reviews" ("provider_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_reviews_provide_af0805" ON "reviews" ("provider_id", "rating", "created_at");
CREATE INDEX IF NOT EXISTS "idx_reviews_provide_f58628" ON "reviews" ("provider_id", "helpful_count", "created_at");
        CREATE TABLE IF NOT EXISTS "review_votes" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "review_id" UUID NOT NULL REFERENCES "reviews" ("id") ON DELETE CASCADE,
    "user_id" UUID NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_review_vote_review__5cb555" UNIQUE ("review_id", "user_id")
);
        CREATE TABLE IF NOT EXISTS "shop_orders" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "number" VARCHAR(20) NOT NULL UNIQUE,
    "status" VARCHAR(12) NOT NULL,
    "subtotal_amount" BIGINT NOT NULL,
    "discount_amount" BIGINT NOT NULL,
    "shipping_amount" BIGINT NOT NULL,
    "tax_amount" BIGINT NOT NULL,
    "total_amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "shipping_address" JSONB,
    "billing_address" JSONB,
    "paid_at" TIMESTAMPTZ,
    "payment_reference" VARCHAR(200) NOT NULL,
    "user_id" UUID NOT NULL REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_shop_orders_user_id_9092c0" ON "shop_orders" ("user_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_shop_orders_status_3e4750" ON "shop_orders" ("status", "created_at");
COMMENT ON COLUMN "shop_orders"."status" IS 'PENDING: PENDING\nPAID: PAID\nPROCESSING: PROCESSING\nPRINTED: PRINTED\nSHIPPED: SHIPPED\nDELIVERED: DELIVERED\nCANCELLED: CANCELLED\nREFUNDED: REFUNDED';
        CREATE TABLE IF NOT EXISTS "shop_variants" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "sku" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "size" VARCHAR(50) NOT NULL,
    "material" VARCHAR(50) NOT NULL,
    "color" VARCHAR(50) NOT NULL,
    "price_amount" BIGINT NOT NULL,
    "active" BOOL NOT NULL,
    "sort_order" INT NOT NULL,
    "product_id" UUID NOT NULL REFERENCES "shop_products" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "shop_cart_items" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "quantity" INT NOT NULL,
    "customization" JSONB,
    "photo_id" UUID NOT NULL REFERENCES "gallery_photos" ("id") ON DELETE CASCADE,
    "user_id" UUID NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "variant_id" UUID NOT NULL REFERENCES "shop_variants" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_shop_cart_i_user_id_368b68" ON "shop_cart_items" ("user_id", "created_at");
COMMENT ON TABLE "shop_cart_items" IS 'A line of a user''s cart; the cart is simply all of a user''s lines.';
        CREATE TABLE IF NOT EXISTS "shop_order_items" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "position" INT NOT NULL,
    "product_name" VARCHAR(200) NOT NULL,
    "variant_name" VARCHAR(200) NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "digital" BOOL NOT NULL,
    "unit_amount" BIGINT NOT NULL,
    "quantity" INT NOT NULL,
    "total_amount" BIGINT NOT NULL,
    "customization" JSONB,
    "fulfillment_provider" VARCHAR(40) NOT NULL,
    "fulfillment_status" VARCHAR(16) NOT NULL,
    "carrier" VARCHAR(60) NOT NULL,
    "tracking_number" VARCHAR(100) NOT NULL,
    "order_id" UUID NOT NULL REFERENCES "shop_orders" ("id") ON DELETE CASCADE,
    "photo_id" UUID NOT NULL REFERENCES "gallery_photos" ("id") ON DELETE RESTRICT,
    "variant_id" UUID NOT NULL REFERENCES "shop_variants" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_shop_order__order_i_dd9fd2" ON "shop_order_items" ("order_id", "position");
CREATE INDEX IF NOT EXISTS "idx_shop_order__fulfill_0d7911" ON "shop_order_items" ("fulfillment_status", "created_at");
COMMENT ON COLUMN "shop_order_items"."fulfillment_status" IS 'PENDING: PENDING\nIN_PRODUCTION: IN_PRODUCTION\nPRINTED: PRINTED\nSHIPPED: SHIPPED\nDELIVERED: DELIVERED\nCANCELLED: CANCELLED';
        ALTER TABLE "provider_profiles" DROP COLUMN "avg_rating";
        ALTER TABLE "provider_profiles" DROP COLUMN "review_count";
        COMMENT ON COLUMN "files"."kind" IS 'REFERENCE_TRACK: REFERENCE_TRACK\nSAMPLE_MIX_SOURCE: SAMPLE_MIX_SOURCE\nSCRIPT: SCRIPT\nATTACHMENT: ATTACHMENT\nPHOTO: PHOTO\nDELIVERABLE: DELIVERABLE\nWATERMARK: WATERMARK';
        COMMENT ON COLUMN "notifications"."kind" IS 'PROJECT_STATUS_CHANGED: PROJECT_STATUS_CHANGED\nDELIVERABLE_SUBMITTED: DELIVERABLE_SUBMITTED\nREVISION_REQUESTED: REVISION_REQUESTED\nDELIVERABLE_APPROVED: DELIVERABLE_APPROVED\nNEW_MESSAGE: NEW_MESSAGE\nSESSION_CONFIRMED: SESSION_CONFIRMED\nSESSION_CANCELLED: SESSION_CANCELLED\nSESSION_RESCHEDULED: SESSION_RESCHEDULED\nREVIEW_RECEIVED: REVIEW_RECEIVED';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "provider_profiles" ADD "avg_rating" DECIMAL(3,2);
        ALTER TABLE "provider_profiles" ADD "review_count" INT NOT NULL DEFAULT 0;
        COMMENT ON COLUMN "files"."kind" IS 'REFERENCE_TRACK: REFERENCE_TRACK\nSAMPLE_MIX_SOURCE: SAMPLE_MIX_SOURCE\nSCRIPT: SCRIPT\nATTACHMENT: ATTACHMENT\nPHOTO: PHOTO\nDELIVERABLE: DELIVERABLE';
        COMMENT ON COLUMN "notifications"."kind" IS 'PROJECT_STATUS_CHANGED: PROJECT_STATUS_CHANGED\nDELIVERABLE_SUBMITTED: DELIVERABLE_SUBMITTED\nREVISION_REQUESTED: REVISION_REQUESTED\nDELIVERABLE_APPROVED: DELIVERABLE_APPROVED\nNEW_MESSAGE: NEW_MESSAGE\nSESSION_CONFIRMED: SESSION_CONFIRMED\nSESSION_CANCELLED: SESSION_CANCELLED\nSESSION_RESCHEDULED: SESSION_RESCHEDULED';
        DROP TABLE IF EXISTS "shop_order_counters";
        DROP TABLE IF EXISTS "shop_fulfillment_events";
        DROP TABLE IF EXISTS "galleries";
        DROP TABLE IF EXISTS "shop_order_items";
        DROP TABLE IF EXISTS "shop_products";
        DROP TABLE IF EXISTS "provider_ratings";
        DROP TABLE IF EXISTS "reviews";
        DROP TABLE IF EXISTS "shop_variants";
        DROP TABLE IF EXISTS "review_votes";
        DROP TABLE IF EXISTS "shop_cart_items";
        DROP TABLE IF EXISTS "shop_orders";
        DROP TABLE IF EXISTS "outbox_messages";
        DROP TABLE IF EXISTS "gallery_photos";"""


MODELS_STATE = (
    "eJztXftz4riy/ldU+eXMVmWnJs+Zk711qwhhZtlNIAtkZu9dTnkNiKAbY3P8SCZ7zvnfry"
    "Q/8EM2ljHENl01lTG2WoavZVnd/XXrX0dLY4Y1631rOsWWNTKesH50hf51pKtLTA9El4/R"
    "kbparS+yE7Y60Xh7lTdUbNaSX1Enlm2qU5tenKuahempGbamJlnZxGD3OmrpyFip/3Qwmm"
    "DVxCbiwj8hQ9deEbEtNPy59ePpxSWakUds2YhYyLINE8+OkWUgFWlYfUKPpqrTprphL4j+"
    "+J7deWZM6a3pp13exNEJ7ZT+3kdsL7BJb/XHP+hpos/wd2z5H1dPypxgbRaBlsxYB/y8Yr"
    "+u+LmHh+7NZ96S/YCJMjU0Z6mvW69e7YWhB80dh8zeMxl27RHr2FRtPAtBrTua5qnGP+V+"
    "Y3rCNh0cfNXZ+sQMz1VHYwo7+q+5o0+ZnhC/E/tz/t/eVws1U5Ref6QMOyNFOUrol32FmD"
    "a8U1NDZ2ODUEwZMP9x+10Dws8esRu0f24N3p1d/sAhMCz70eQXOVxH/+GCqq26ohz0NcpT"
    "EzNMFNVOon1Dr9hkicWIRyVjyM880ff+QREN+CfWKlg/Ij64Pnw7APyI/sBZnz4Anu4zFD"
    "Dq3nWGo9bdPbvd0rL+qXH8WqMOu3LKz77Gzr5z9WXQp9+dG4JO0Lfu6GfEPqL/7fc6ca0G"
    "7Ub/e8S+k+rYhqIbL4o6Cw1T/6yPGm251rqzmhXUelQStF4VrfsYhdTuffu11vmcrixUa5"
    "HUenuhmmKNR6ViGqfI7WZu3aWGl+p3RcP6o72gHy/PMzT8tTXgc+vleUxrPe/KKb/0nwjM"
    "+PuKUKUVeLiikg18uOr7MCXnUBM/0yejyBwalSxBzd7TA1ouX8uOhU1FbikaEilzPVpdpW"
    "5YfrIV/vxJuPpkUCWh/UwNC/Ko/4pfOcBd+j1UfYoFgHrm14PXTT0hXZ9dP8qm+hKYROEB"
    "RX87/cXYdt/ZrWG7ddM54ghP1OnTi2rOlAjU7IpxasTOBG2Tl5any/gZVVcfOTjsV7DvHE"
    "ZdYAz72ki3gtkPymf9pmMJlmUFHu1jsCwPyMYAy/IQtZ7HssRLlWgyRmUg0Dh78vQij0FJ"
    "W6ValPxa1KRcqZb1YtAXtqzxnhAsB++3fpJiiF/kQvwiA/GLOOJzYlq2wj9JwB2VaiDWJx"
    "8+5MCatkrFml+LYq2pBaCOCAHS+ZBeUZSkUA4ECiFcMb9EFOCz0xz4np2mwssuRdE1DS0F"
    "3I7uLBO2bNQn5MnubyQftW+7nd5I0qjwpK6Q+/9Yvx/0v3ZvOoMr5B+N9dbNXbd3hfh/8V"
    "BjrrF/mWfox9c7oZF/mfDJsvWG8oxNQrsUmH/XBsVf1TMWKxHhmJYmVHpXagrO7Nfwu+73"
    "byOLz+vuKAb3w911h6qBa4E2Iq5TokuHVBT7pWo+0TW7/sg9HVgXWAaZ8AvlQQMSGnh0sC"
    "WLeiADSEsg7Trnipi/UUkIClTH2nWdHAkvdrrTdT0cEnSf2APoiX/+dYA1lSOa1L2YYlSz"
    "tW2aqzvy8Fj0B9J+twRq6PbSVJBeVGJrRDidS4D0zeulo9vma1Ohmi6INjPd56U4VG3WS1"
    "MhWtKHRX3EWz5yd24vTQVpZRr/h6f2liDdu700FaQ50bYdRkPOKP1MtMaOJHvBYgCKZdPf"
    "tSVYI97VkPXUVLTmhqbRhZmz2hKqz7yfh9UA/9M3apoIl27YZE6mHIwtEeuFumoqXCZ+Jv"
    "hlS6AGvJNmQ6Q8G1vPVi5OX43mTlZT1bQVYuPllki1aT9d2k1TcTLMmUf+KY5Rn/XRJICk"
    "aFqRhekzoVAo9GBORMEHH9W+jkcG/ZNrmcr7vF93WUtHkxhkCXpbHAgB002AVTrpLa4sIM"
    "ABAQ4IcLWiQgEB7hC1nocANyPWSlNfpVkscbkmEllOcxFZTjOILKcJIsuEGEmYR/i7LYbZ"
    "a75HcsUbvKpGnd9HkcfFR/DdXev3HyKPzG2/98VvHkK8fdu/jgH9ilXTUoy5gr+vsEmwx1"
    "2JAt/VU3BPkY7pgeg788l82NUQf2Tf4MfTk/OP55/OLs8/0Sb8WwZnPmZoKhk3ZjP6X5Lc"
    "rLDMHkf2w6i9q8G968xMOt+vGIVEsTRVWRLdEfo1Ukdzmvj+hvPJ+XldRvRUpYqcqaZSLO"
    "s4RbwUGmKF2OLlj/HqJCy+KcwlpivmIXpYKzwlqmaTbR2lvkth6HXY2OA8HXPPZLp1yNDt"
    "pakgqc8qoT+AaMR+VYxnbJp0bGxLJAr12fe6PAj8Xug3NbYN+ITR+8Y7bCp2wMbKARJQQy"
    "DSWl7QZ1NhBD+Ks+OyCFVYuJVcFCENZwoL+zKpI1M+bjYIejzssNl6AZsROIuscnOEzmLL"
    "7M3FE6nqkGm8oBU2kS/8ymsW/ul3ar0LLlz98CerbKjqyFMC+j+D6MjQEaYLpVfEQj0T1c"
    "LJ+ok7vI8gzvdHgAhrwLH9B8T+IPZXi/dhTaNAEPs7RK3nif3Jxvx2Het7Q29mnkjfZXqg"
    "7zKZsG5YxF935fTSh0Ug0BR3ywdLKbl1QEwM6tpl17ULL8+iEEvXtpPn41UU4Y0WXWyMVa"
    "nUne9mFpgyIQ90ugETdnaXS/mLmgKW5jyCKQCmQE1mhpouCsEUOESt5zEFniikYlNgcwUg"
    "X7bKFMCjdr83fLgdtUbdfu8KhT+N9WFnOOSnvQNeG+iXTnvESwOxg7jbLBd9sPRaQFWz15"
    "rGzeSLEAl8/fZNxPc8F77nGfieJ/ANf7MEzOkc2JgYcGGlubBTxzSxPn2VGdxhmQYO8LMc"
    "w/ssvYRecmjzb6vMHJOH2wqQNLO62J87aJcKKNkjRPHZBu80ccBaWArv+1ZYp4gD1gKsVV"
    "48YupYtrEMUEuCnVkEL7UPKIonURRPndrkWZScnAl9ILRHrH0HVG2hXpl4SZylJNYhKRjY"
    "EmgTfao5MzxTGMMthSw5XNJJJHVGF/ewv/n8dLeT+dnpx8tgHmcfsqbw4V3r9jYJ8sSZz7"
    "GpTPDcMHGBl2aqPAQHU6BW5zb9WxjphDgALVpzs3JN0yIDWiy8xyS007rAvDBM8heLI6qv"
    "MgDHxfYH7d/rgqylGbZCO8fms6oVGMOp8vvD+qwuWM9Uor0qGlkSQSwp3Q8SlSqEa8Uoyq"
    "UPYqyKMjfSB63ffo9zbU2gnLKQluZy5JWVoRGRl/SXYb+Xlu0rFI8HP8nURv9GfvXjnfiq"
    "14SDiUM0m+jWe3a/t+AcMLiyfdhxd/VxNKDJOoj7sIH/BfyvZvK/Ikk9JeUVDxpcXRfyO3"
    "OABNX2c0O1ooBsX0ree/Du3c4aixWkDefNiS2dxMvn9HQirz/lbyTzKsFrZnMa4miB0cqk"
    "QsiYI0Nn/82xiWfIjyn9hGzaxMI2a8A7ZgmCoXNxASuZg7irmwhZx9aa9pyISAIBGQjI9Z"
    "iHakpFBQLyIWo9DwF5G+IUEEtyEkuWhiPcxJI8poK7lmkSpH8/PT07+3j64ezy08X5x48X"
    "nz4E2CYvZYF83f3S7cWi8CJ/rbvwkls2RKXAc5XtuQqt67Z0XDWvNNtxzGEVHVlVylcU1n"
    "gT2DxpteDSjZ/0inT5irFoxlTVWIETTA0P1UYzwmwOC81NY8lNkReMn67QVDMsaoi80w3k"
    "lW37ARkmcpl4/ilxGZbS77Ax63KmvoLNAzZPTWa3mq5+weY5RK3nsnlUQayZqTuNGCGMLY"
    "d1XEP9ZuiT6Si2kk4thZoeog+JQFg+8mSUEZbXvZ3xcuekeu0bkMUXTSg7/ZAnY5K2Sk0q"
    "49eA9ACkhyogXOeiN4JS1xtMyHVB7JwGZOilstl8bHHLTXtFxgrrFHukWp6x96Jq2o/UoJ"
    "s+IfYOt3jhTWIjdwNhN8TFdkpB6tQ0LAvdDEdJ27H87mGHvgpMWMdgJR6QvQBW4iFqPY+V"
    "yCZ3oaWYnaAXEmtS5KaMxDy6iDNtL1ooC2tcFrCNYov1WUFko5KAa9wS5Glz9OuRlUZEts"
    "oNnhIKcJpFmBSPvwZc+fdeP7uCe1eJIVl+pE67S1F9d3F8GsuM9s3yZK0isLzB8gbLW56p"
    "6pLqhSzVgG+fxVBdU/t3usN8rPosf6nTxTFt9cfRlE6Q7utmfR7sXbB3qzlr1NTyAXv3EL"
    "Wex94NJl1JnYflGqjx+mo4+WAzU09ewWspUG+l1TthEQc6+/InUlbLCWFQdi2UjUUFxPOp"
    "Ggvrh4Oiq6VoXvnmCUsVEQ7LNLCI8G6qkNuq7QgYTvmK8a+l98iwGXR+e6Djq3MjaVWuBa"
    "9QcDjW2/3e5+7gjp0NDsd6t6fcD/pfBp3h8AqFPrD2d/e3nZHb3jukZ1u9duf2lp/1D8d6"
    "r68Mf+5/u0LewVERtZde2T+loM+GUETjqvqU5ygvkuoUl2xSCGLPCU9QcH7XBecZj1IwY6"
    "TvohAINIB5mbWs2sX+Cd7+x4qJ6Y+3RDN1Ou4iWVCBtApWJl6pXp6v9NgXCoMS5PcRcavd"
    "FXPEx2RLsPYqVuWxScZepK6hiVVLbsueFPFCj1yNtLyLZ87Ec0efKStsTrFoRZttIySlG1"
    "RPtQxzwQ32SrI8IkLA8Yi/qt0SaLLMmYjUFqBWbKyWhCnQkXYBKxTmAI5X7TheA7q6G3Tb"
    "oyPRUC4B5YOufyIGd00J2xLbBwvX0ZWVF9jIwigHrqt1tdRyBm3+8qvVXCZsnhgiy6QUiN"
    "PJn6EhvSDazMSijeXkqyi3WWcNGtfxtddea97WZGRGMHIzShVntSVKn3k/D6uB6y1tKFqP"
    "1GTHJtm25PQX3k1j63KzraLmZOoW9N0OqV6oqwaNKSkqf2ip6CyXqikIzvmQ9nU8Muif3P"
    "P/cN1jQ6CNrP7oVXrXtH1YpUFrx/prIGRsV0j8UgZYg6CnhsAkmVIT3YJBkFiT2KMhPb3G"
    "3xRCoYt0//VTbppNpL762moSFRqMlmJ3M5U99hKk2+zDDQbpNoeTeAHpNoeodUGoF4oQyi"
    "aPJ4sQ1pCh+63VHXV7XyRfQ77YFfIOxnr/8+fOgHFqvYOxft3v/8pOuP+P9dvO59EVYn+P"
    "8j1bO+bW8r1hiuWixESBslKdeSz5+nKVVSANJSIIOq6Bjr+vCO20wEJFJA8ar7LGgZ8DpI"
    "eqgppBeoBofLm7kUAwvsxg/BtXCXKjxQJXZhBGTndhhsPWeSrv8vZo5RKGkPGi4xmavCIV"
    "rVTai/03C6nTKcv4+gnp+Bmb6JlYhN4L2QZS9VdWHJd+BYwmjo3oeJrPRfV3d3MTqMJbgT"
    "n+GNykB+QwAzfpIWo9j5t0TkzLVvinhNbTc1qjUg3Maj3JtevFScauFyfJXS80tQDUESFA"
    "Oh/SE2LaC8V32ueNAUSltgwF1Md3IogErEw8x6bJyxW9alLjVSDagIzUPYxZDpd8DnBMrA"
    "FYv2UWPDHxEuvFM+HD8qAKaVW4pnyRNWhUEnzf1VlyJi0N13sgnUdpgu87d24aBwtciZuz"
    "TszirsSwV3xd3htyTrZic0u6XGPpUcL67PEEqqwy7a7H3ktGyr0N2px8Z55RR58xN+kcqc"
    "gbEcjr8QoR22IOVOSuIZGqM78qvXLMD1/YvtiE/tOnmkO7Fzljd3MTcMZWYCY/BmfsAbnl"
    "wBl7iFrP44yV9Q2CW1DOxRL+ZgmY0w38mBjY9fJ2veNVqXM3QhMslFMrPYlEm1TB9PTk/O"
    "P5p7PL86DiU3Amq+wTFIjNB++eC8SyOSy9AkF2TbO47P7U8GG3OiijnplvtPCoArtncoQb"
    "hoZVPcX6EIjH8J1Q+V0BHJzZ71x+3e/fRuby6258sn64u+7Q92hs/0DxwDYce05sOkZV/V"
    "E0h28e3skeYJAnB/lMWS0M25BGWCAO8IrmEPrCE74jc80ggTDMHxLzB0dNschfksHksFQD"
    "Ft5RIyfXNhsZu2wkN9lQpzZ5FkCcObTXQnsc0r6zrrYjGtININ2gSrGsPOkGew9m5cC7mo"
    "H2fYexQqE/YRArGhrcuNOwIpVPkA5OSimUQLf8NokSKBAygpBRNSfTmgYPIGR0iFrPEzKi"
    "FlJKzbusFX9ICqxYmTW/6z0stmGSQLYBFu2+Q0l8xSGbNx+SAZMrYce6K0ZZOzYsBaBusm"
    "ODFfPWdmxeu6qiwOawY8MjK0favG8UbYls03iXcVzDk6B0ffVdGr83WCPPFHEX3oTtG758"
    "nGX6evXM2S/zBXIyOPs6RguVqm/2I9ERleW0SmOOqM2LXgzz6SfEMuAtpNq2Ol2w9HZi04"
    "um4TwueCNnpRnqDK1Ue5HkbpbfvdAsX60rsXv3AMMcDPOazGI1NdHAMD9ErecxzP0pOKHy"
    "7Bh+SKxJNKwywvewNfQ+k2LrVwt2+HB91x2NOjeSOlgLXqHgcKy37u8H/a/spH801gedr9"
    "1ht99TBp3fHugMwa4mz8UXgG9DBZhjPGMLdJknJiwDD430QzMhLhAK2yZCPPtnumWF8uCg"
    "laIZuTag9HaiISlwZm3c+NK3M7d0ueTfO6yiwObZ7zI0soqTMlzPQEppChleRivoKAfqQM"
    "2w3t9hy0pJLfYvHefxSi3dxjvYmybm44k4gkJ+A9h8Bpw/FZ1Na+oGAOfPIWo9j/NnYswE"
    "lIx0u8tv34hE3n1bXbDm3wkrQF9v056fFBASAkjBjNqnGZUcvSVA2/D6V5EHdotN18E8fT"
    "PzlBEHbEMXG6jBxeNcJqrffPdGKtiiYItWc+qsqVUCtughaj2PLWoTW66CdyDQCGs0HmbN"
    "F2fNCrQmy0rRd51srfmwzEFvOjuj640i9Z7XYlDsuTqzT/KlA94ZcCVUyeTdLiK7S1POx1"
    "5gyIXUstGM20eEcb1VYTjAeIx47PGZeL4XCD6CwVf9iaOmS38w+A5R63kMPqgivGNzD6oI"
    "v02gl4JjSo3sQKABYEcH9mWecX2ZPqwvk1vmrZZJaLNzVTyRQnkqFbO4S0xT8bcDI+wGDl"
    "83FtpOLC7fgDG87wmD5dbONfqWFM4Zm9NYwvL7TGQZtXo3rYF8Hosnd4X8o7E+bA+6925q"
    "i3d0VGC6ObnMMd2cxNc8oVr8l8ndDmuXX3R/2+r1ur0vsmrx5a6QfzTWuz3lftD/MugMh1"
    "co9GGs33d6N7SJ4qqLykQ++wpVBp12p/t1rdfghN/3zUN71O33/N69j24KU+ebm7bU+TbW"
    "2/27+9sOHyHBIT3b6rU7t7f8rH9YjYHD98P1yNQFDBuBOPiPq2PMJG3YGbXTNKKnBFeyNo"
    "Rcy4GGq6xh07EWSe1mJsr5IpAbJ1eC+y03CKnYE/Q2+4NMHdPE+lRADk+3YsMyhZY7VUM+"
    "skI4y7FAOEtdH5zFlwduZEK2PlxYCIKNcUhpp/RrubswSQKbFN0C3oqN43LQ9QNm8gHysB"
    "gM2rh9yW8tm78QFoKBCvsd7JvIsY6rQ95CZi3D8As7JW9BNMmWgOy91xX9nxXtazDIsVdM"
    "Dphhu45StusQgxteS5WCcMM26EjMEcm1ZwRl+j1Q7+H29kiwbigDX5tKzD7nmyJqCnFkvb"
    "RF+li8Ymvx/LFYsdiGzB2RERouJFIcqFDtkkaCFEll2wKmcAZdE4GyF4wIpbCA2rZYjXhX"
    "Q7vWWQvZaL1NnmstoZobmma8KM5qS6Q+834eVgN324zmvEyjnD3DJnMyVVPYIjKA9UJdNQ"
    "itXTLvQ2s10eZrkZVcOv+e13DnTSBzGoj0SV84EOkDBVQpRg1E+kPUeh4i/ROFVByo3cxQ"
    "82WrTKqnVvrnzqDTa3eU0aDV/pWRwiInxvqwxShhyl33d2XYfxi0O1coccrnpPlUtLHeGo"
    "1a7Z/vOj16bn081u9/7o/6V4j/N9ZvOrfdr51B6/qW9hr6MNa/UeUP7loD+o2Cw6N8ozFK"
    "/z/Pw/4/Tyf/n8fDy09YKnTvNS9nEGx+we4vaJ8rr+IsI6/iLJlXAXkru81bschfop3hM3"
    "g/vkSTdqLYN+HH0G0WquLYSQzuuFwDB/lJrkF+kjHITwSDfKGeXlzKIL2WaCDGl3negJfp"
    "b8DLxBuwTvvanOx2KikjW8h40aW5P2EZYFRkMyo4ViWE8xpOqAgPqS0CeV5A0Jhv58LMX4"
    "WkLt7LyCtKXa40rCzJ920jLkPe0x353nikFMtwzOk+8arLkxxNeKS/x1yq5hOeKY/0dYxN"
    "si1mX3g3rw0dYauFYRtbInTP+mjSiJIKtYiCo+l49nU8MuifA64ELBGXCkfUBYGpWMB9c4"
    "HfRLB/89bILbRSTZtMyUrV7b9Z6JngF7Z1sYq8Tuk5t9v3aMR2KtbZMZqyVCFELPSEVzZS"
    "Ldqen3IXUZHdkUu/w1h/R0G38AzNDZNvn2ywWJqFDB1haoe8Io9Cc4z+wqZB29ELrE/6hX"
    "5AlkF7mqnWYmLQ8cq+CFXP61j3q2vxlhbboPmF2AsqipE3yhAde7RzlrfPviCV5F+I9urf"
    "0Mq1ebPDlpqwczOE/erxGqlpAAjCfoeo9TxhP/cFo0zFebKpHq642P7cXB92pWPXzXV6cv"
    "7x/NPZ5Xng6wrOZDm8kr4ujo/8sxQSg0T+6jw3yekSSv3uIO2OrQYlEQ2JAJxQOfmtNmFy"
    "LPC8b0Y19LBWqRh1yP0i8DxEnTObHQ8x3nwetwNj0yJroZqufc7sbM+KRtSqZx9DWUMRf8"
    "F7gYthi97G+ljvfKffVnvlDenFPz3ZP5Gqz9CfIdE/mUfCwvZ75N2TffRvO6XCdMWM3tnc"
    "jcHG6Vj/kzX784dj5nh4WRhoqb6imfGia4Y6Y14Gl0dvoblpLF1nBv0O3nfjXgg1uAPR0/"
    "wLMWfCH34SkTdhEg77P1j97lk0gWp9ERwQ4ICo5kxbU1MUHBCHqPU8Dohg0k3oPJtjE5Zr"
    "EmWvDJ5N6L0maU0lJaEyTBRbv5ymHK5RKcAUNrXeOahsqS2JaEhkv4vWSoIJnpQ38aSErL"
    "Utsc1f9qGas+pGaKNvlc3QxuzdLeGVKz9SU4iTC6LtHVfROTqpCZ83lFMPUsV3Kjk5b9RC"
    "6MWUh7C7lTMwXoNB4BEUlGnIyJT3a0Mopts8p1dwRPAM2QZ3g82JTqwF/Wy5hayYHy/kFv"
    "PcZj8hXrt4hl4WWEeq9YRnSfdged1C+n4FFinH4EY7IIcKuNEOUet53GiNT9//7aHb/lX5"
    "7YECxXd6iX4e63fdXlfp/D7q9Ib8evTzWO91vind4fChc4WCw/jLMWXUxLKVcyUrZ+Qqx5"
    "MM+aJAcn+9sEyV1VYKNWgXu2W98f4QVYP/gDaIqBz0u9whooY7j/XvOz3JdTaXuULs71hv"
    "9YbfOgO2mZd/VGSaL38vL9iso2lxg2q6tLbE1HMFSO98EJYCTGHjg51ufCD0blvrIu9b4t"
    "r4cvHRx3UztG8R76optHnCXW/DcvVG9dBZLlXz9UhU/DXa4jjLre0PIYs3JlAMFrzJ4E0+"
    "qpVfEbzJh6j1PN7kOYWU/nSB4yDdJRmWaYRjZt8uScvGK0ux1Scs5QqOie3RU/MG76/d+I"
    "JV07YUHeMZFqwkfhn2eymOhJhcfI4jUxv9G2kk10YOxVSwXldMHKLZRLfes/u9xdKC4ZSt"
    "mrgWYvMW6yCuGp0Oe4WPcJlHIioFT4T8VPS2TqBKkpTK8AEVY4mlOjZkiWK53RqVVEApXo"
    "3yzOl2eItCgTEduX6cZUqHN+8DMxrMaDCja2VQgRl9iFrPldvo+YJlN3uIyzXCnN7Dpg/h"
    "byZhLsTEwF6QthcoOKbUCA8EGgB2bBOCPOP6Mn1YXyZG9WS1TEKbnRztiRSiplUs7lZiWr"
    "SJ55hxx7CiEf1J4FFId/UIRMHbU7q3x1rhKVE1nihDTJyy9WyGKzRFvgGTzP75scYzmWGT"
    "Lm2EeyWnKyEpCfCDA67yDri33rKiasv1NKeboGA+eCqr7alcD0MR5yc8RjPoPrGHAlyU4K"
    "IEF2VdnFXgojxEredxUdYwQei+07vp9r5Izqm+2BXyDsb6/aDf7gyH7sngONirmaUQBYdH"
    "+QbKjnOIWNLnkj9rXl0SQeoce1bFz6lYOut5reGzmgE5e97i/BJZ6xaM2uJGbTjOLZsHlx"
    "SFbLh4ZULyXbYqYSABGVsx/wvfgVHW/RIWguG5IQkuRo/ZMq8ozrapJ8SbU+KS82COxDg+"
    "LksAebtKYzWBOPIUp1Qbi027+4a2mlPu5nKFwetGetflXebF+Zu+Cpxjof1g011jkb1nwS"
    "8GfjHwi9XFQwJ+sUPUeh6/mCxlD6h6clQ9S3MeZfD125eD75sGCWN8sfM8fLHzdL7YeRxa"
    "dTrFlkWxm0mN4JhY44A+O80B9Nlpem2t0zjQK9WyXgy6/Fyo1kIG6oRgIbArZgXsYdJYOR"
    "ONTBW+A5iCdYaDYOF7bRgaVvUU6FO6iGlgQvvY1cQdnNnvwve637+NvHyvu3Gf7cPddWfw"
    "7oSrhDYirn0m2F/G27KtoA5E4nvE35+Cagu/ZXCW4zaPQVoX8BhI6OGFImIuVfOpoBKE8v"
    "AgFFGAjb8LzLP0N3BSsoEL9/JTEfD3FaE2VgFbOCoJW5tXx/RNejzoE2Gqymph0DZFKiSL"
    "5fdXJ/nDrp4uKJJcjYmt7CLJWMPcNa1YzmRJ7GLevvReYLar8mz3TPALVaNwlkud4qJCjZ"
    "naTk/OP55/Ors8D2a04EzWRJZhIcoCmxQEcBP2X8WSg6o7GUkwftYWgWY8GpLYCoWBU5VJ"
    "AHqLcs0VHbrb5AuJSSnRAVkGxgfATxE+xdJUlZC7mllAW6YQ3rM+GjSyBemD5TF5XLAEPJ"
    "4AxU0snldlrbSdUnn+8G/IfVyGaSuGOaMt/wEcH+D4VPORrinbAzg+h6j1PBwfe+EsJ7pK"
    "NOUJS7nXEoJN9LHlCuCfZQTwzwQBfBNzz4kk3jExQDsf2sF6ls5PkogLRAF1edQLzzCZnY"
    "AmcmqCzGwBLyvV9xi0b9KWnqV5HReYPC5kXLlrAcBTgCeeEZveT9kuAz/Zyx4Tkwetb5LW"
    "HRO5QvTPWO/cdEc89d47cM+wpHv3/7Heur8f9L/ynTy9o6MCU8tJHt7nSTrv8yTB+5xTQ8"
    "8xpek+YTHgWUnQfKbGcqURVs1PFRU8yAQ9IQvISyC/cszpQrUKsGxDcoC4BOJz9dkwiS1g"
    "7mfPLSExwFuKSxu4XvOvbKJCEKCOgwpVVfZYVQWoFjscyX5USC74EpUCqkUMVPqmeiS6qk"
    "miGhMDWLP5FaH44pax/1AVhHoCuzHyH31gN1dU8YdiCeAeRE2V2KO7BadiqtKlF13NLbfk"
    "VbRpP13aTYNAj41QVoK9BKD6rKOmIbVLEkrPsMmcTFP3hYtcP86ipOihlvtgpJh4SlYEu6"
    "u+EJ0BOCnASanoE15TdgJwUg5R63k4KU8U0qKxIF+2yvHho/tB/5dOm14ftUYPQ4VOi70v"
    "LMQjPh8UY25d33aU4cP1XXc0ChVmjp4e64PO1+6w2+8pg85vD1QXrGnyXLTXdZhJdHas9z"
    "rfFKrXYetL5wqFPoz1IasYTTtu93ufu4M71kXiVKhVq9fu3N5GWvmn1q3ocrj9c+fmIdIu"
    "dNL9jfRbDDrtTver/wNDJ4oEycovjmITW5OqPxMIVHn4FqQ37KQaysSYCaz7dCer3x58rN"
    "I+Vva+KfAiDolBDmh1XrrJtZa/4aqcPROVgnSv+DPjWZOSqMblwM9brfTPxgzWDN95xBOy"
    "pYP3wcJ1XMDkde3GH9fNznNv2iwB2vt1T7UctBvBjb5hclR6f4Oc2ppCK70F397qkd97G6"
    "gOVNv9ocl0xmiL4ywncrAdq8kb5/MjH7WQL/c3C7nZF8g2bNr4GD3hlY0mr2j42y0i+tTb"
    "Z5ceIqxOF15rKkZvoVsq972+j9ukpd9grI/1FuK/GhlzRGh740W/Qpb6TO+IVHa7OaEXTf"
    "zCiFIWwmwDpOC0+6I8Ri8LQm/xYjjaDK0ce6wznSL6tNA27vdDZI7sBX5FbAulGTs0Mf99"
    "UL+9Ai/1Y/CjH5BHFfzoh6j1PH50L2NQlhMXFwNGXJwR5y4jFMtZysAaEQJQEyxkWzUt5U"
    "QC0ZAEwCmG81QazlOAMx3OM2k4zwDOdDjPpeE8BzjT4byQhvMC4BSmfPn+AulYSFhsv8Zp"
    "PdzLMt6kpD6SyujreGTQP/mdpbyje9fjUVdN5PGZhkdiDs/eVt66AbcYjgReOu/KcZZ3zr"
    "U39kHuDI+jMLfzGEWvmYFPMavVAmuruaOtDSWgi4KbCxwe4OYCre/XzRXM1lGND5eqpm1w"
    "x+x3/btL/bpL4LPTj5fB6pd9yFr4Du9at7fJ1a94H5l0Tt3+d49pEKfOWtFvIOCIpsMdlm"
    "nCnnlvg/ms0GsiLguMxuq8F5LLgcQCPadvJCEHHpJEOSKtAKsxIgSUxso7nRoBa9U2CqmC"
    "/6hcomi6d64ImXFb/1w1Bm05HrrkjFsCxg3n4kZeMrKUxtCOWOLyTTJVA1zf51fDbtI4Fp"
    "QNyEG9lXTTb7GZTRWm1/J5tyV45/k4TPXQ+6N0k5deCZ6Lcl31f3j9s54dy98DBGij4E+v"
    "/ExZU88q+NMPUesStFHZjMWQEBihMSOUvdIkAQ2JAJybMhX9pcOWptGarVBPWHMkKoae0s"
    "02p2OVYtU33OIMPalVSqHrO/bE+H5HTQ31UbjyjzbIXPwbvKmydNvug6qz3stBx99tuo6w"
    "8XJlA7VmX+8uMAUOZ1EIpsAhaj2fKZBaAyK9iFVEqImFrC7OM1QcFLK6OE8vZMWuRS2Ext"
    "e8e5s6cbTr4cPtqDViV677/V9ZS8FJ2id9UG47yl33d8Urgcc7FZwd6/Wr3/elRZEb/A8V"
    "b938zxWKfDwq8AyUXyvPcibiiijpE01IpMpDv+A0s5PtABlXT5EtmhcRagTS++acLeylJg"
    "17RAhgLwD7dtsKvsl2gved3k2390XSJPTF6CvIPWDvSO/MMHRmxD+OxvrnVpe/NN3/i7wB"
    "yt9S0LPxBfpKZeqFRYCkl9iCKuY5kTTcBOINtN7qa60ljXRNtWwFm6Yh8Nqmv2eiUsDil3"
    "/NMMKR/PMVEgMeeZUfq6mmUh3MFEe3iWC7ow1Oz7gw6LryulZs4wkLaGxZ1PaIGJSW3TL3"
    "v7wwWLDJlSACFt4AKz34ZS2MlRLdcytP8UiN6LwMo4pYgPBvFmJd/MRqJfIjRCxkkeVKe0"
    "WqpkUaMklLVC6yjC7zBN/8uC8ktEPUrfor+JrGXyDqdohazxN1+6ej0sWiLXAWpjpCwiJN"
    "ymcvL2HRsWxjSf4KcjaiwP4y7PdSps+4YPxZIlMb/Zu+YK361mAXQcgQybaU40Zx7EFgHc"
    "Qt5dXCoMNeMsExJANMSCCW7hLOZ9UkqnRec1QKQM1m6wKptBRSaWJaLQHTe7+fhoIafpVs"
    "RtV7rMvA1TRmztT+uu6woQBHZ8IqsaE/O9qcaBrbRaPzjPkPSLiDEm2ON7qF5msRBTOZnO"
    "6hewq3/SNVN3rBk4VhPCFXGqkas2teEb2vRvDsCqnIxPTehO/UMV2o+iO2kG7YC6qvpI+o"
    "xH632MqD31P4Ek0n84RlyolBvWkqcCxYnovLc5LB5TnxuTzpLiITTzHbjqVQXaOIKLgLqu"
    "IuSHMSVcS53jdnfGZI5paYXkGQDfOnwdrtI59E5NJmBV3XJB9wdoOzG+YxcHaD1vfq7Nad"
    "5UTkEEhfKa4lGrdOPM23RXrGDukJWv0BU2DvW12WlEH/8pSNNksQ4Q2CY3a+2xu5uRv8YK"
    "wPf+7e3/PcD/cgSLQIZVfw1JJ1ikooNWXQ+fzQu3FTNtyjuI32NuRay5nwrRsVdSmuhnlN"
    "HtM3C0kKNynI9PfT07Ozj6cfzi4/XZx//Hjx6UMQbUpeygo7XXe/sMhTRCnJUNSMWLyyaC"
    "FVCIQbQ3zesx6sBVmt2JZshR6JpDA8EoVVYdPJr4gWonKggOIKKPxugBdDaUqYOqaJ9amA"
    "95G+GA7LNCJHLJYEmScFMj0BMrEKCmbt2YyaMIJ1cToRRCQLXJDiXJAJ0bSCqhCIgia2YO"
    "WopIjXJSQGOQ3V8bAkHWsr9ZUHKE08x+xlIdhuJP0FIxRuQJJY3PGSz/OS5XpJ+F6AnAU8"
    "ordmZKTxiAZ0Vhl026N81dCDxJeYXSBRDZ1HBP1km4aALSiGXnJstc3MqowQq3/9OF+k1d"
    "3SJm/E9Wi0wIhlByMujFzHO3okz1hHhmMjrE4X6BWr5k+I2BYyjRekGdMn9ITxyvKaW8jV"
    "YpKrUnrvWzBW2G2S4zvV6PWbbzZ2vWeyuvGHUnj26aFcYlkOFrwCU6FdCzTGr7kVuFVieq"
    "TlUUbm9lzzUP5Myu1oH4bPQ6FrC8J75KyPMG0PGCDAAKnTYqSmXABggByi1vMwQIKpOf8i"
    "ISzSpIBDaemOKzfjQOGfE7hmeHticg0MKezE1eMnPsjiHZcDvPPhbT05MjB7zRuI7mWeWs"
    "SX6aWILxOViGfkkdiqoM7RtWFoWNXTeCmBVAzlCRWrIcxZ0dx+/zbybr3uxquEPdxddwbv"
    "TjjstBGxU0K+9NcW4wHFBJv0Etxz1B2qLZS//AA6SQUGNpS8qEJwPexqSt8pOX3pkibfwL"
    "XMeZ6F4nn6OvE8sUwU+/mKMOHFPdWRFd/tKfeD/s1Dm21/cIUiH8vmw8djPrm475d5uO9x"
    "f0WI+34ZHwVT1TSJ3FMXEmkc1+Eyz2N2mf6YXSZ3FaCtnhghSz6ZRyDaOMBLzP5eY+7FUa"
    "SiEWEZoJdAbardAgrFlHZPggrim1uyoIJ8/XqCupEGFZ75oJ7SzusprdllUFBpK4QzCirl"
    "YfDtkhHi6eBIwAfxLx1vZIN48aZ9UEFoz+SZjynLMG2XhwI8D+B5VHWKqGnEH3geh6j1PD"
    "wP2dg4xMQlY+Ka8yiDr9++cVVUduJvCX+zBMjpm2vFxBrg28qakXaxu9aUAvNomClZ0Zs9"
    "92H5Kk8lR9zjPvQ870PuUP/aGnJvOv1/rN91Rq3bK8T/G+ut+/vWoEM/ewf0TJtVtekPuh"
    "0qFPow1m+6X7pc1juohlvecibZuk2ZtqJiDXii9jB7TVQLF4rHxwQhHL9FOB6qO+y2ugNZ"
    "qo9YcUwBdy0d4ohQIYwrRnCIQnyRaza5yJhNLgSxJ/6lpEo2hES2YpMUm7nXnpKJQzSb6N"
    "Z7dtu3cJbshGSy9m1JUDbXQntkbPpWQW0Zm3Os2o4pSmnMBDsstke4gzO1xTvkrE0gnl6d"
    "LSIEiaSSiaSJkM2Wuf+NDdfstABADLX0OEsI1w3hlrA6dxpugbAKhFWq+SjX1MEOYZVD1H"
    "qesMpbpsJVyOlffiIcxKt2HK8if0nh67dvnMf3Ip+LJsNDE4d2SYGgKz0pR1hYBiDeCDEF"
    "zpBLKfAFANyN4K5MMi0Wr4hLQsCicMACnIrg5Kqbk0tUA0UypSMiBfkH2fkHqzXTtxxKd3"
    "2B3cyWj4ws2c1xI+mMtlJCRdY27adpBVkFGXJQunbvnusWNSSmiyOBx9q7cpzlqVbXbSrj"
    "ok4vV5qzVOmh14F9xqYlpE5m1MZaizTRpXJxkcelcnGR7lJh12JLdvpQSSDsNW8gujsh0d"
    "E72lhkkGaUUlmL7J/28jaLydIILhIB6/JfZv/5f5XxOFc="
)
