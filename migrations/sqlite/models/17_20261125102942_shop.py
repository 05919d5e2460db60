from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "shop_fulfillment_events" (
    "event_id" VARCHAR(100) NOT NULL PRIMARY KEY,
    "received_at" TIMESTAMP NOT NULL
) /* Print-lab webhook events already applied: a redelivery changes nothing. */;
        CREATE TABLE IF NOT EXISTS "shop_order_counters" (
    "year" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "issued" INT NOT NULL
) /* The last order number given out each year; its row lock keeps numbers unique. */;
        CREATE TABLE IF NOT EXISTS "shop_products" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "slug" VARCHAR(100) NOT NULL UNIQUE,
    "description" TEXT NOT NULL,
    "category" VARCHAR(16) NOT NULL /* PRINTS: PRINTS\nCANVAS: CANVAS\nMETAL: METAL\nAPPAREL: APPAREL\nACCESSORIES: ACCESSORIES\nDIGITAL: DIGITAL */,
    "subcategory" VARCHAR(100) NOT NULL,
    "base_amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "image_url" VARCHAR(500),
    "options" JSON NOT NULL,
    "active" INT NOT NULL,
    "featured" INT NOT NULL,
    "sort_order" INT NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_shop_produc_active_d38212" ON "shop_products" ("active", "sort_order");
        CREATE TABLE IF NOT EXISTS "shop_orders" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "number" VARCHAR(20) NOT NULL UNIQUE,
    "status" VARCHAR(12) NOT NULL /* PENDING: PENDING\nPAID: PAID\nPROCESSING: PROCESSING\nPRINTED: PRINTED\nSHIPPED: SHIPPED\nDELIVERED: DELIVERED\nCANCELLED: CANCELLED\nREFUNDED: REFUNDED */,
    "subtotal_amount" BIGINT NOT NULL,
    "discount_amount" BIGINT NOT NULL,
    "shipping_amount" BIGINT NOT NULL,
    "tax_amount" BIGINT NOT NULL,
    "total_amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "shipping_address" JSON,
    "billing_address" JSON,
    "paid_at" TIMESTAMP,
    "payment_reference" VARCHAR(200) NOT NULL,
    "user_id" CHAR(36) NOT NULL REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_shop_orders_user_id_9092c0" ON "shop_orders" ("user_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_shop_orders_status_3e4750" ON "shop_orders" ("status", "created_at");
        CREATE TABLE IF NOT EXISTS "shop_variants" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "sku" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "size" VARCHAR(50) NOT NULL,
    "material" VARCHAR(50) NOT NULL,
    "color" VARCHAR(50) NOT NULL,
    "price_amount" BIGINT NOT NULL,
    "active" INT NOT NULL,
    "sort_order" INT NOT NULL,
    "product_id" CHAR(36) NOT NULL REFERENCES "shop_products" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "shop_cart_items" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "quantity" INT NOT NULL,
    "customization" JSON,
    "photo_id" CHAR(36) NOT NULL REFERENCES "gallery_photos" ("id") ON DELETE CASCADE,
    "user_id" CHAR(36) NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "variant_id" CHAR(36) NOT NULL REFERENCES "shop_variants" ("id") ON DELETE CASCADE
) /* A line of a user's cart; the cart is simply all of a user's lines. */;
CREATE INDEX IF NOT EXISTS "idx_shop_cart_i_user_id_368b68" ON "shop_cart_items" ("user_id", "created_at");
        CREATE TABLE IF NOT EXISTS "shop_order_items" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "position" INT NOT NULL,
    "product_name" VARCHAR(200) NOT NULL,
    "variant_name" VARCHAR(200) NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "digital" INT NOT NULL,
    "unit_amount" BIGINT NOT NULL,
    "quantity" INT NOT NULL,
    "total_amount" BIGINT NOT NULL,
    "customization" JSON,
    "fulfillment_provider" VARCHAR(40) NOT NULL,
    "fulfillment_status" VARCHAR(16) NOT NULL /* PENDING: PENDING\nIN_PRODUCTION: IN_PRODUCTION\nPRINTED: PRINTED\nSHIPPED: SHIPPED\nDELIVERED: DELIVERED\nCANCELLED: CANCELLED */,
    "carrier" VARCHAR(60) NOT NULL,
    "tracking_number" VARCHAR(100) NOT NULL,
    "order_id" CHAR(36) NOT NULL REFERENCES "shop_orders" ("id") ON DELETE CASCADE,
    "photo_id" CHAR(36) NOT NULL REFERENCES "gallery_photos" ("id") ON DELETE RESTRICT,
    "variant_id" CHAR(36) NOT NULL REFERENCES "shop_variants" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_shop_order__order_i_dd9fd2" ON "shop_order_items" ("order_id", "position");
CREATE INDEX IF NOT EXISTS "idx_shop_order__fulfill_0d7911" ON "shop_order_items" ("fulfillment_status", "created_at");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "shop_order_counters";
        DROP TABLE IF EXISTS "shop_variants";
        DROP TABLE IF EXISTS "shop_products";
        DROP TABLE IF EXISTS "shop_cart_items";
        DROP TABLE IF EXISTS "shop_order_items";
        DROP TABLE IF EXISTS "shop_orders";
        DROP TABLE IF EXISTS "shop_fulfillment_events";"""


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
    "NOUJS7nXEoJN9LHlCuCfZQTwzwQBfBNzz4kk3jExQDsf2sF6ls5PkogLRAH1nKiTmS1gA6"
    "V6vIL2TdpIsjRf14KaqQsZB+JaAPAU4IlnxKb3U7bL+072ssd02EHrm6RNwUSuEP0z1js3"
    "3RFP+PYO3DMs1dv9f6y37u8H/a98/0jv6KjA1HKSh214ks42PEmwDefUvHBMaZJJWAzYPR"
    "LkkqmxXGmE1ZBTRWn2maAnZAF5CeRXjjldqFYBbmdIDhCXQHyuPhsmsQV88ey5JSQGeEsx"
    "OAOHX/6VTVQIwqJxUKGWxx5reUCAf4cj2Y9FyLn8o1IQ4I+BSt9Uj0RXNUlUY2IAa3ZUPx"
    "TV2jLiHMq9ryewG+PN0Qd2cx0PfyiWAO5BVPKIPbpbRPKnKl160dXccstofpv206XdNAj0"
    "2Ahlhb9LAKrPOmoaUrukPvQMm8zJNHU3ssj14ywihB5quQ8ehImnZEWwu+oLBdGBCQFMiI"
    "o+4TWNiQMT4hC1nocJ8UQhLRoL8mWrHB8+uh/0f+m06fVRa/QwVOi02PvCQjzi80EJ4Nb1"
    "bUcZPlzfdUejUDng6OmxPuh87Q67/Z4y6Pz2QHXBmibPRXtdh5lEZ8d6r/NNoXodtr50rl"
    "Dow1gfsjrFtON2v/e5O7hjXSROhVq1eu3O7W2klX9q3Youh9s/d24eIu1CJ93fSL/FoNPu"
    "dL/6PzB0okiQrPySHDaxNamqJ4FAlYdvQXrDTmpwTIyZwLpPd7L67cHHKu1jZe+bAi/ikB"
    "hkHlbnpZtca/nbfMrZM1EpSDKKPzOeNSmJalwO/LzVSjpszGDN8J1HPCFbOngfLFzHBUxe"
    "1278cd3sPPemzRKgvV/3VMtBuxHc6BsmR33xN8jkrCm00hu/7a0K9r23bedAtd0fmkyii7"
    "Y4znIiB5uAmrxxPj/yUQv5cn+zkMv5R7Zh08bH6AmvbDR5RcPfbhHRp97urvQQYXW68FpT"
    "MXoL3VK57/V93CYt/QZjfay3EP/VyJgjQtsbL/oVstRnekekstvNCb1o4hdGlLIQZtvuBK"
    "fdF+UxelkQeosXw9FmaOXYY53pFNGnhbZxvx8ic2Qv8CtiG/fM2KGJ+e+DquEVeKkfgx/9"
    "gDyq4Ec/RK3n8aN7eWqynLi4GDDi4ow4dxmhWM5SBtaIEICaYCHbqmkpJxKIhiQATjGcp9"
    "JwngKc6XCeScN5BnCmw3kuDec5wJkO54U0nBcApzDly/cXSMdCwmL7NU7r4V6W8SYl9ZFU"
    "Rl/HI4P+ye8s5R3dux6Pumoij880PBJzePa28tYNuMVwJPDSeVeOs7xzrr2xD3JneByFuZ"
    "3HKHrNDHyKWa0WWFvNHW1tKAFdFNxc4PAANxdofb9urmC2jmp8uFQ1bYM7Zr/r313q110C"
    "n51+vAxWv+xD1sJ3eNe6vU2ufsW7l6Rz6va/Z0mDOHXWin4DAUc0He6wTBN2ansbzGeFXh"
    "NxWWA0Vue9kFwOJBboOX0jCTnwkCTKEWkFWI0RIaA0Vt7p1AhYq7Y9RRX8R+USRdO9c0XI"
    "jNv656oxaMvx0CVn3BIwbjgXN/KSkaU0hvZhEpdvkqka4Po+vxp2k8axoGxADuqtpJt+iy"
    "1UqjC9ls+7LcE7z8dhqofeH6WbvPRK8FyU66r/w+uf9exY/s4TQBsFf3rlZ8qaelbBn36I"
    "WpegjcpmLIaEwAiNGaHslSYJaEgE4NyUqegvHbY0jdZshXrCmiNRMfSUbrY5HasUq77hFm"
    "foSa1SCl3fsSfG9ztqaqiPwpV/tEHm4t/gTZWl23YfVJ31Xg46/m7TdYSNlysbqDX7eneB"
    "KXA4i0IwBQ5R6/lMgdQaEOlFrCJCTSxkdXGeoeKgkNXFeXohK3YtaiE0vubd29SJo10PH2"
    "5HrRG7ct3v/8paCk7SPumDcttR7rq/K14JPN6p4OxYr1/9vi8titzgf6h46+Z/rlDk41GB"
    "Z6D8WnmWMxFXREmfaEIiVR76BaeZnWwHyLh6imzRvIhQI5DeN+dsYS81adgjQgB7Adi321"
    "bwTbYTvO/0brq9L5ImoS9GX0HuAXtHemeGoTMj/nE01j+3uvyl6f5f5A1Q/paCno0v0Fcq"
    "Uy8sAiS9xBZUMc+JpOEmEG+g9VZfay1ppGuqZSvYNA2B1zb9PROVAha//GuGEY7kn6+QGP"
    "DIq/xYTTWV6mCmOLpNBNsdbXB6xoVB15XXtWIbT1hAY8uitkfEoLTslrn/5YXBgk2uBBGw"
    "8AZY6cEva2GslOieW3mKR2pE52UYVcQChH+zEOviJ1YrkR8hYiGLLFfaK1I1LdKQSVqicp"
    "FldJkn+ObHfSGhHaJu1V/B1zT+AlG3Q9R6nqjbPx2VLhZtgbMw1RESFmlSPnt5CYuOZRtL"
    "8leQsxEF9pdhv5cyfcYF488Smdro3/QFa9W3BrsIQoZItqUcN4pjDwLrIG4prxYGHfaSCY"
    "4hGWBCArF0l3A+qyZRpfOao1IAajZbF0ilpZBKE9NqCZje+/00FNTwq2Qzqt5jXQaupjFz"
    "pvbXdYcNBTg6E1aJDf3Z0eZE09guGp1nzH9Awh2UaHO80S00X4somMnkdA/dU7jtH6m60Q"
    "ueLAzjCbnSSNWYXfOK6H01gmdXSEUmpvcmfKeO6ULVH7GFdMNeUH0lfUQl9rvFVh78nsKX"
    "aDqZJyxTTgzqTVOBY8HyXFyekwwuz4nP5Ul3EZl4itl2LIXqGkVEwV1QFXdBmpOoIs71vj"
    "njM0Myt8T0CoJsmD8N1m4f+SQilzYr6Lom+YCzG5zdMI+Bsxu0vldnt+4sJyKHQPpKcS3R"
    "uHXiab4t0jN2SE/Q6g+YAnvf6rKkDPqXp2y0WYIIbxAcs/Pd3sjN3eAHY334c/f+nud+uA"
    "dBokUou4KnlqxTVEKpKYPO54fejZuy4R7FbbS3IddazoRv3aioS3E1zGvymL5ZSFK4SUGm"
    "v5+enp19PP1wdvnp4vzjx4tPH4JoU/JSVtjpuvuFRZ4iSkmGombE4pVFC6lCINwY4vOe9W"
    "AtyGrFtmQr9EgkheGRKKwKm05+RbQQlQMFFFdA4XcDvBhKU8LUMU2sTwW8j/TFcFimETli"
    "sSTIPCmQ6QmQiVVQMGvPZtSEEayL04kgIlngghTngkyIphVUhUAUNLEFK0clRbwuITHIaa"
    "iOhyXpWFuprzxAaeI5Zi8LwXYj6S8YoXADksTijpd8npcs10vC9wLkLOARvTUjI41HNKCz"
    "yqDbHuWrhh4kvsTsAolq6Dwi6CfbNARsQTH0kmOrbWZWZYRY/evH+SKt7pY2eSOuR6MFRi"
    "w7GHFh5Dre0SN5xjoyHBthdbpAr1g1f0LEtpBpvCDNmD6hJ4xXltfcQq4Wk1yV0nvfgrHC"
    "bpMc36lGr998s7HrPZPVjT+UwrNPD+USy3Kw4BWYCu1aoDF+za3ArRLTIy2PMjK355qH8m"
    "dSbkf7MHweCl1bEN4jZ32EaXvAAAEGSJ0WIzXlAgAD5BC1nocBEkzN+RcJYZEmBRxKS3dc"
    "uRkHCv+cwDXD2xOTa2BIYSeuHj/xQRbvuBzgnQ9v68mRgdlr3kB0L/PUIr5ML0V8mahEPC"
    "OPxFYFdY6uDUPDqp7GSwmkYihPqFgNYc6K5vb7t5F363U3XiXs4e66M3h3wmGnjYidEvKl"
    "v7YYDygm2KSX4J6j7lBtofzlB9BJKjCwoeRFFYLrYVdT+k7J6UuXNPkGrmXO8ywUz9PXie"
    "eJZaLYz1eECS/uqY6s+G5PuR/0bx7abPuDKxT5WDYfPh7zycV9v8zDfY/7K0Lc98v4KJiq"
    "pknknrqQSOO4Dpd5HrPL9MfsMrmrAG31xAhZ8sk8AtHGAV5i9vcacy+OIhWNCMsAvQRqU+"
    "0WUCimtHsSVBDf3JIFFeTr1xPUjTSo8MwH9ZR2Xk9pzS6DgkpbIZxRUCkPg2+XjBBPB0cC"
    "Poh/6XgjG8SLN+2DCkJ7Js98TFmGabs8FOB5AM+jqlNETSP+wPM4RK3n4XnIxsYhJi4ZE9"
    "ecRxl8/faNq6KyE39L+JslQE7fXCsm1gDfVtaMtIvdtaYUmEfDTMmK3uy5D8tXeSo54h73"
    "oed5H3KH+tfWkHvT6f9j/a4zat1eIf7fWG/d37cGHfrZO6Bn2qyqTX/Q7VCh0IexftP90u"
    "Wy3kE13PKWM8nWbcq0FRVrwBO1h9lrolq4UDw+Jgjh+C3C8VDdYbfVHchSfcSKYwq4a+kQ"
    "R4QKYVwxgkMU4otcs8lFxmxyIYg98S8lVbIhJLIVm6TYzL32lEwcotlEt96z276Fs2QnJJ"
    "O1b0uCsrkW2iNj07cKasvYnGPVdkxRSmMm2GGxPcIdnKkt3iFnbQLx9OpsESFIJJVMJE2E"
    "bLbM/W9suGanBQBiqKXHWUK4bgi3hNW503ALhFUgrFLNR7mmDnYIqxyi1vOEVd4yFa5CTv"
    "/yE+EgXrXjeBX5Swpfv33jPL4X+Vw0GR6aOLRLCgRd6Uk5wsIyAPFGiClwhlxKgS8A4G4E"
    "d2WSabF4RVwSAhaFAxbgVAQnV92cXKIaKJIpHREpyD/Izj9YrZm+5VC66wvsZrZ8ZGTJbo"
    "4bSWe0lRIqsrZpP00ryCrIkIPStXv3XLeoITFdHAk81t6V4yxPtbpuUxkXdXq50pylSg+9"
    "DuwzNi0hdTKjNtZapIkulYuLPC6Vi4t0lwq7Fluy04dKAmGveQPR3QmJjt7RxiKDNKOUyl"
    "pk/7SXt1lMlkZwkQhYl/8y+8//Ay4Ot/E="
)
