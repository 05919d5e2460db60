from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
COMMENT ON COLUMN "shop_order_items"."fulfillment_status" IS 'PENDING: PENDING\nIN_PRODUCTION: IN_PRODUCTION\nPRINTED: PRINTED\nSHIPPED: SHIPPED\nDELIVERED: DELIVERED\nCANCELLED: CANCELLED';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "shop_cart_items";
        DROP TABLE IF EXISTS "shop_fulfillment_events";
        DROP TABLE IF EXISTS "shop_variants";
        DROP TABLE IF EXISTS "shop_order_items";
        DROP TABLE IF EXISTS "shop_orders";
        DROP TABLE IF EXISTS "shop_order_counters";
        DROP TABLE IF EXISTS "shop_products";"""


MODELS_STATE = (
    "eJztXW1z4ji2/iuqfNmeqkxX56XTs5lbt4oQuoedBDJAurd22PI4IIJujM3aJunM7v73K8"
    "k2+EU2km2IbU5VV9rYPjI8R5J1nvOifx8trCk2nPetyQQ7zsh6wubRJfr3kakvMD0QXT5G"
    "R/pyubnITrj6g8Hv1/mNmsvu5Ff0B8e19YlLL850w8H01BQ7E5ssXWKxZx21TGQt9X+tMH"
    "rAuo1txIV/RpZpvCLiOmj4S+vH048XaEoeseMi4iDHtWw8PUaOhXRkYP0JPdq6SW81LXdO"
    "zMf37MlTa0IfTT/t8iErk9BG6e99xO4c2/RRv/+TnibmFH/HTvBx+aTNCDamEWjJlDXAz2"
    "vu65Kfu7/vXn/md7If8KBNLGO1MDd3L1/duWWub1+tyPQ9k2HXHrGJbd3F0xDU5sowfNUE"
    "p7xvTE+49gqvv+p0c2KKZ/rKYAo7+p/ZypwwPSH+JPbn/H/9rxa6TdN6/ZE27Iw07SihX/"
    "YVYtrwT00sk/UNQjFlwPzXa3cDCD97xB7Q/qU1eHd28QOHwHLcR5tf5HAd/ZcL6q7uiXLQ"
    "NyhPbMww0XQ3ifY1veKSBRYjHpWMIT/1Rd8HB3k0EJzYqGAzRAJwA/h2APgR/YHTPh0Avu"
    "4zFDDq3naGo9btHXvcwnH+ZXD8WqMOu3LKz77Gzr7z9GXR0e/NDetG0Lfu6BfEPqJ/9Hud"
    "uFbX943+ccS+k75yLc20XjR9GuqmwdkANXrnRuur5TSn1qOSoPWqaD3AKKR2/9tvtM7ndG"
    "2uO/Ok1ttz3RZrPCoV0zhFbjdz6y41vNC/awY2H905/XhxnqHhr60Bn1svzmNa6/lXTvml"
    "/0Zgxt+XhCotx+CKSjZwcNV3MCXnUBs/05GRZw6NSpagZn/0gJbL1/LKwbamthQNiZS5Hq"
    "2uUrcsP9kKf/YkXH0yqJLQfqaGBXk0f8WvHOAu/R66OcECQH3z695vpp6Qbs5uhrKtv6xN"
    "onCHor+d/mLseu/s1rDduu4ccYQf9MnTi25PtQjU7Ip1asXOrO9NXlqcLuJndFN/5OCwX8"
    "G+cxh1gTEcaCPdCmY/SM76TccSLMsKDO1jsCwPyMYAy/IQtS5jWeKFTgwVo3It0Dh78vSj"
    "jEFJ70q1KPm1qEm51B3nxaIvbFXjPSFYDt5vPZJiiH+UQvxjBuIf44jPiO24Gv+kAHdUqo"
    "FYn3z4IIE1vSsVa34tirWh54A6IgRIyyG9pCgpobwWyIVwxXiJKMBnpxL4np2mwssuRdG1"
    "LSMF3I65WiRs2Sgn5MvurycftW+6nd5I0ajwpS6R9//YvBv0v3avO4NLFByNzdb1bbd3if"
    "h/cVejVN+/kOn68fVOqOdfJDhZtt7QnrFNaJMC8+/KovjrZsZiJSIc09IDld6VmtZn9mv4"
    "XfX7N5HF51V3FIP7/vaqQ9XAtUBvIh4p0aVdKor9Qref6JrdfORMBzYFlkEm/EJ50ICCBh"
    "5X2FFFfS0DSCsg7ZFzeczfqCQ4Bapj7XokR4LFTiddN90hEe4TG4C++OdfB9jQOaJJ3YtD"
    "jGq2tk2juiODx6E/kLZbEKih10pTQXrRiWsQ4XSuANI3v5WO6dqvTYVqMifG1PbGS36o2q"
    "yVpkK0oINFf8QFh9yt10pTQVra1v/hiVsQpDuvlaaCNCNG0W405BGln4nR2J7kzpkPQHNc"
    "+rsKgjXiTQ1ZS01Fa2YZBl2YrZYFofrM27lfDvC/AqOmiXCZlktmZMLBKIhYL9RUU+Ga6L"
    "arUUNuURCrNm2nS5tpKk6WPfWjNfJj1GdtNAkgpbiayErimVAoNHowIyK2OEC1b+KRRf9I"
    "rSt4m3ebJmvJDIhBVohHigMhCE0SYJUepRRXFkQsQcQSRCzVKnYFIpYOUesyEUtT4iwN/V"
    "U57CAu18TIg1OpyIPTjMiD00TkwQOxkjCP8HdXDLN/+x694W/wqhp1/j6KDJcAwXe3rb//"
    "EBkyN/3el+D2EOLtm/5VDOhXrNuOZs00/H2JbYL9YIMo8F0zBfcU6ZgeiLkzI/rDrrr4I/"
    "sGP56enH86/+ns4vwnegv/lusznzI0lXT0sRn9T8VgmrDMHnv2/ai9q86961Q6Ot8vmc9f"
    "cwxdWxBzJaTNUntzmvj+uvPJ+XlderT+/KjRn88emVwH4QlZ6IYY5ahgfBnkSb73W6itdS"
    "rC8LrT7t62bt6dHZ/GAgOCzn6eeA/a+JngF4reShQHk9GTo2IwIce770Sn89BUt7V8Wc4p"
    "4qWEPVYoOr38Kbo6CZJvCnOJ6ZEygSXOks6nuuGSom6kgBEb+g02NhiA9rlnMinsovRaaS"
    "pI+rNO6A8g9D32qlnP2LZp3ygauBRqs+83eRD4vdBvar2UiN433mBTsYPoLwmQIBRF2iG3"
    "rcpA4GHbcY2BKqxKSq4wUKhqQHLBkeGni6xKJDx1sWXR9uJ6VP/Itl7QEtsoEH7lNe3+CB"
    "p13q0vXP7wB6t8p5vIVyf6P4uYyDIRpi+2V8Q8Sw+6g5P19Xb4HIFb8fc1IuwGju0/wdUI"
    "rsZaTPE1dTqBq/EQtS7jalR1Me7atfiG7JOMY/Ei3a94kUxothwSrHUlqdSwCNCocRp1vZ"
    "RSWwfExKDuWXbds/DyLAqxcu0z9fC/iiK81UiJ9bEqlUILaEGBKRNiDNMNmDA5WW6EYdQU"
    "cIzVI5gCYArUZGao6aIQTIFD1LqMKfBEIRWbAtsrxASyVY44PGr3e8P7m1Fr1O33LlH409"
    "gcdoZDfto/4LVj/tZpj3jpGHYQp82kohVLrxVTNXutaaGgfBGigG9wfxPxPZfC9zwD32SI"
    "UfibJWBOD7mNiUHorXLo7WRl29icvKp07rBMAzv4mUT3PksvsZbs2vzbatOVzV2cOWJCs5"
    "rYHx20SwWUzAhRfIrgnSYOWAtLpX0vhHWKOGAtinfmxQUmK8e1FmvUkmBnFklLbQOKpikU"
    "TdMnLnkW5UJnQr8W2iPWAQFVW6iXNl6Q1UIR65AUdGwFtIk5MVZTPNVY+H5KcNtwQSeR1B"
    "ld3ML+5vPT3U7mZ6efLtbzOPuQNYUPb1s3N0mQH1azGba1BzyzbJzjpZkqD87BFKj1mUv/"
    "5kY6IQ5Ai9bcrJzPJE+HFgvvMefttC4wzy2b/Mn8iPqrCsBxsf1B+9e6IOsYlqvRxrH9rB"
    "s5+nCq/P6wPqsL1lOdGK+aQRZEJaMwJpUL14qlapbeibEuirRP77TB/Xuca2sC5YS5tAwv"
    "L0FbWgYRsaR/G/Z7admZQvG485NMXPQfFFTH3QlXvQk4eFgRwyWm85497y1iDhhc2Rx2nK"
    "4+jjo0WQNxDhvivyD+q5nxX6Ec/OLVV/2orkGDq69CPp4ESFCNXRqqJQWkeKlxf+DdeY01"
    "FitI85RN8yw9iJfP6emBvMGUvzWYV1u/ZranIY7mGC1tKoSsGbJM9t8M23iKAp/Sz8iltz"
    "jYZTfwhlmCYOhcXMBJ5iDu6iHCqGNnE/ac8EhCADIEINdjHqppKCoEIB+i1mUCkIsETkFg"
    "iWRgyUJc3O2KPKaCu5FpEqR/PT09O/t0+uHs4qeP558+ffzpwxrb5KUskK+6X7q9mBdexN"
    "d6Cy+1ZUNUCpirbOYqtK4rSFw1r5TWcYywivasKuUrCmtyCWyetNpd6cZPegUxuWIshjXR"
    "DVbgBFPDQ3fRlDCbw0Ez21pwU+QF46dLNDEshxoi70wL+WW2fkCWjbxIvOCUuAxL6U/Ymn"
    "U51V/B5gGbpyazW01Xv2DzHKLWpWweXeBrZupOC4wQ+pbDOq6hfjP0yXQUW0mnlq5Md9GH"
    "RMAtHxkZZbjlTctVy0n1729AFl80oez0g0zGJL0rNamMX4OgBwh6qALCdS56IyhNvMWE3B"
    "QwljQgQy+V7eZji1tuxiuyltik2CPd8Y29F90wfqQG3eQJsXe4wwtvEhd5G8x6Li62MQvS"
    "J7blOOh6OErajuU3DxsCVmDCOgYr8YDsBbASD1HrMlYim9yFlmJ2gl5IrEmemzIS8+gizn"
    "Z9b6EqrHFZwDaKLTanOZGNSgKucUuQp83Rr0eWBhHZKplboYnEC2+IVqnEkCweyd8O7aPC"
    "dmhgeYPlDZa3eqSqF1QvjFJdx9tnRahuQvt3uqF9rPosf6nTxTG96/ejCZ0gvdfN5jzYu2"
    "DvVnPWqKnlA/buIWpdxt5dT7qKOg/LNVDj9dVwcmAzU09dwRspUG+l1fvAPA509uUjUlXL"
    "CWFQdi2UjUUFxOVUjYX1w0HR1VI0r3zzhJWKCIdlGlhEeDdVyF3dXQkinOSK8W+k9xhhM+"
    "j8dk/7V+da0arcCF6i9eHYbPd7n7uDW3Z2fTg2uz3tbtD/MugMh5co9IHdf3t30xl59/uH"
    "9Gyr1+7c3PCzweHY7PW14S/9b5fIPzjKo/bSK/unFPTZ4opoXFWf8ojyPKlOcckmuSD2nP"
    "AEBed3XXCexVEKZoz0XRTWAg2IvMxaVu1i/wR//2PNxvTHO6KZOh13kSyoQFkFSxsvdT/P"
    "V7nvC4VBCer7iHjV7vIR8THZEqy9ilV5bJKxF6lraGPdUduyJ0U815CrkZZ3MeZsPFuZU2"
    "2J7QkWrWizbYSkdIPqqZZhLnjOXsUoj4gQxHjEX9VeCTTVyJmIVAFQK9ZXS8IUwpF2ASsU"
    "5oAYr9rFeA3o6m7QbY+ORF25BJQPuv6JGNxNSFhBbO8dXEcqSxbYyMJIAtflplpqOZ1Wvv"
    "xqNZcJ2yeGyDIpBeL04M9Ql54TY2pj0cZy6lWU26yxBvXr+NprrzVva9IzIxh5GaXaalkQ"
    "pc+8nfvlwGNLG4rWIzXZsU2Klpz+wptpbF1utlXUjEy8gr7FkOqFmmpQn1IK5Q8tFVeLhW"
    "4LnHMBpH0Tjyz6R3r+H25abAi0kdUfvUqfmrYPqzJo7Vh7DYFMMVckureAIGMksflAet5I"
    "sNuBRlefwbxabv5IpHD4xhwQVdCL1hj3UnD9sBzII4E8koq+kmuaUQB5JIeodYEPE6rrqW"
    "ZFJ6vr1TD09FurO+r2vii+hgKxS+QfjM3+58+dAQsW9Q/G5lW//ys74f0/Nm86n0eXiP09"
    "khtbOw4a5Zue5EuyiIlCLEZ15rHk68tTVo78iogg6LgGOv6+JLTRHAsVkTxovMoah8AT8O"
    "ZXFdQMbz64mcvdZgO8zGV6md+4/I3nBhVQmWv/aDqFGfbHypSU5fejpRcJg6wXE0/RwyvS"
    "0VKnrbh/cZA+mbBUpp+RiZ+xjZ6JQ+izkGsh3XxlVV/pV8DoYeUi2p9mM1Fh2d08BMrLVm"
    "COPwaa9IAIM6BJD1HrMjTpjNiOq/FPCa2nJ2tGpRqYrnkitZ3DScZ2DifJ7RwMPQfUESFA"
    "Wg7pB2K7cy0g7WV9AFGpgq6A+nAnAk/A0sYzbNu8Ds+rodRfBaINSLXcQ5/lcKknt8bEGo"
    "D1W6Z3ExsvsJk/xTssD6pQVoVnyudZg0YlgfuuzpIzaWl47IFygqAN3Ld00hUHC6jE7ekU"
    "dn4qMcyKb+pWQzJFoTBlRco1lvcjLDwezwzKqj/uMfZ+lo30/l4z8p0xoytzymjSGdKR3y"
    "OQ3+IlIq7DCFTkrSGRbjJelV455ocvbMNnQv+ZE2NFmxeRsbt5CJCxFZjJj4GMPSBaDsjY"
    "Q9S6DBmryg0CLahGsYS/WQLmdAM/JgZ2vbpdv/LLr3k7fAkWyqkljESiTSrNeXpy/un8p7"
    "OL83Upo/WZrHpGUPlUDt49Vz5lc1h6an12sa647P7U8GG3OiijUFdgtHCvAntmsodbloF1"
    "M8X6EIjH8H2g8rsCeH1mv3P5Vb9/E5nLr7rxyfr+9qpD36OxjfHEHdtauTPi0j6qm4+iOX"
    "x79062AJ082cmn2nJuuZYywgJxgFc0h9AXnvAdKTWDrIVh/lCYPzhqmkP+VHQmh6UasPCO"
    "GjlS+0dkbB+R3D1Cn7jkWQBxZtfeCO2xSwdkXW17NKQbQLpBlXxZMukGe3dmSeBdTUf7vt"
    "1YIdef0IkVdQ1u3UJXU8onSAcnpRTKWrf8MYkSKOAyApdRNSfTmjoPwGV0iFqXcRlRCyml"
    "mFvWij8kBVasyprfYw/z7QQkkG2ARbtvVxJfcajmzYdkwORK2LHeilHVjg1LAajb7Nj1ir"
    "mwHStrV1UUWAk7NtyzJNLmA6OoILJNi7uM4xqeBJULh+/S+L3GBnmmiHvwJmzf8OXjLNPX"
    "L9TNflkgIBnB2TcxmutUfdMfiYmoLA+rtGaI2rzoxbKffkYsA95BuuvqkzlLbycuvWhbq8"
    "c5v2m1NCx9ipa6O0/GbpbfvNAsX25KjPvPAMMcDPOazGI1NdHAMD9ErcsY5sEUnFB5tg8/"
    "JNakMKwy3Pew5/E+k2LrVwt2eH912x2NOteKOtgIXqL14dhs3d0N+l/ZyeBobA46X7vDbr"
    "+nDTq/3dMZgl1NnosvAN8mFGCG8ZQt0FVGTFgGBo3yoHkgHhCajVklLOF2EVm0rFAeCFql"
    "MCPPBlTeJzMkBWTW1h0dAzuzIOUivylWRYGV2cgx1LPyB2V4zEBKaQqVuIzWuiEJ1CE0w3"
    "l/ix0nJbU4uHQsw0otvJt3sDdNjOOJEEEh3gA2nwHyp6KzaU1pACB/DlHrMuTPgzUVhGSk"
    "213B/Y1I5N231QVr/p1EBZib/cflgwJCQgApmFH7NKOSvbcEaBte/yoyYAvsJg7m6ZuZpy"
    "xwwLVMsYG6vngsZaIGt+/eSAVbFGzRak6dNbVKwBY9RK3L2KIucdUqeK8FGmGNxt2scn7W"
    "LEdrsqwUfdep1poPyxz0prNTut7IU+95IwbFnqsz+yRfOsDOAJVQJZO3mEd2l6ZcgL3AkA"
    "upZasZtw8P42arwrCD8Rhx3+Mz8bkXcD6CwVf9iaOmS38w+A5R6zIGH1QR3rG5B1WE38bR"
    "S8GxlXr2WqABYEc79oVMv75I79YXyS3zlosktNm5Kr5IrjyVilncJaapBNuBEfaAFV835t"
    "pOLC7fgD687wmD5dbODPqWFM4Z29NYwvL7TGQZtXrXrYF6Hosvd4mCo7E5bA+6d15qi390"
    "lGO6ObmQmG5O4mueUC3+i+Ruh7XLL7q7afV63d4XVbUEcpcoOBqb3Z52N+h/GXSGw0sU+j"
    "A27zq9a3qL5qmLykQ+BwrVBp12p/t1o9f1iaDt6/v2qNvvBa37H70Ups43L22p821stvu3"
    "dzcd3kPWh/Rsq9fu3Nzws8FhNToO3w/XD6bOYdgIxIE/ro4xk7Rhp9ROM4iZ4lzJ2hByIw"
    "carrKG7ZUzT2o3M1EuEIHcOLUS3G+5QUjFRtDb7A8yWdk2NieC4PB0KzYsk2u5UzXkIyuE"
    "M4kFwlnq+uAsvjzwPBOq9eHCQuBsjENKG6Vfy9uFSRHYpGgBeCvWj8tBN3CYqTvIw2LQae"
    "P2JX+0av5CWAg6Kux3sO9Ajo1fHfIWMmsZhl/YKXkLokm2BGTv/Kbo/6xoX4NBjr1iJGCG"
    "7TpK2a5DDG54LVUKwg3boCMxRyTXnhGU6fdAvfubmyPBuqEMfF0qMf0sN0XUFOLIeqlA+l"
    "i8Ymv+/LFYsdiGzB2RHhouJJIfqFDtkkaCFEllKwBTOIOuiUC5cxYIpTGHWlGsRrypoVvr"
    "rIVstN4mz7WWUM0sw7BetNWyIFKfeTv3y4G3bUZzXqbRmD3LJTMy0VOiRVQA64WaahBau4"
    "y8D63VRJuvRVZy6fH3vIY7vwUypyGQPsmFQyD9WgFV8lFDIP0hal0mkP6JQip21G6PUAtk"
    "qxxUT630z51Bp9fuaKNBq/0rCwqLnBibwxYLCdNuu3/Xhv37QbtziRKngpi0IBRtbLZGo1"
    "b7l9tOj57bHI/Nu1/6o/4l4v+NzevOTfdrZ9C6uqGthj4cyfW7aKD/uUyc/3l6mP953JH8"
    "hJWc9P7t5ah7+6t0f+55qQyKs4wMirNkBgVkqOw2Q8Uhf4r2gM+I8AkkmrTnxL5DeyzTZU"
    "4pjp1C547LNbCTn0h18pOMTn4i6ORz/fTjhQrSG4kGYnwh8wa8SH8DXiTegHXaweZkt1NJ"
    "GXlB1oupHOUTloHYiezYCY5VCY67hodOhLtUAZed7/qzZsXISvl6I3XhKSOvKH2xNLC2IN"
    "+L+laGvKVb8r3xSGmOtbIn+8SrLiM5GtE0t1yrIEh3rI0mAaTkIxB59dLx7Jt4ZNE/B1zC"
    "VsGhEnYFCzwqMU/x9sq0CS/19j19W2ip2y6ZkKVuun9x0DPBL2zPXR35jdJzXrPv0YhtsW"
    "uyYzRhOS6IOOgJL12kO/R+fspbE0S29S39CWPzHQXdwVM0s2y+76/FnEAOskyE6bL6Ffmx"
    "H8foT2xb9D56gbVJv9APyLFoS1PdmT9YtL+yL0LV8zo2g7JQ/E6H7Sz8Qtw5FcXI72WI9j"
    "3aOEs4Z1+QSvIvRFsNHuhI7Tq8Yisn2HIY/FX1eI3U1HMB/qpD1LqMv8p7wWgTcYJnKmET"
    "F9sfa/NhVzr2WJvTk/NP5z+dXZyvqZv1mSz+JkndcHzUx1JIDDLQqzNuktMl1KjdQb4YWw"
    "0qIhoSATih5O9b7R60coBI3o5qaLBWqYpyiH4RMA9RcmY78RAL+JahHVgYKHLmuu3Z58zO"
    "9q1oRK169jGU7hLhC94LKIYCrY3Nsdn5Tr+t8cpvpBf/8GX/QLo5RX+ERP9gjISD3ffIfy"
    "b7GDx2QoXpihm9czmNwfrp2PyD3fbHD8eMeHiZW2ihv6Kp9WIalj5lLIMXAO6gmW0tPDKD"
    "fgf/u3EWQl8/gZhp/EKMTPg9yH7xJ0zCYf8nKzw9jWb+bC4CAQEERDVn2pqaokBAHKLWZQ"
    "iI9aSb0Hl2yEhYrkkRaGWEjYTea4rWVFISSppEsQ3qQKrhGpUCTGE35p2DypbaioiGRPa7"
    "aK0kmMCkvAmTErLWCmIrX6+gmrPqVmijb5Xt0Mbs3YLwqtXNqCnEyQVRceIqOkcnNRHEDU"
    "nqQalqTCUn561aCL2YZOJPC5GB8eIBAkZQUF8gI8U7KGqg2d7tkqzgiOApci1Og82ISZw5"
    "/ex4FZgYjxeixXza7GfEi+5O0cscm0h3nvA0SQ+W1yzknVdgkXIMNNoBESpAox2i1mVotM"
    "bnnf92323/qv12T4HiW5REP4/N226vq3X+Pur0hvx69PPY7HW+ad3h8L5zidaH8ZdjSq+J"
    "Jd9K5d5mpN7Gc+b4okBxY7iwTJXVVkpo0C62eXrjjQ2qBv8B7WxQOeh3ubVBDbfM6t91eo"
    "rrbC5zidjfsdnqDb91BmwXquAozzRf/iZUsMtE0/wG1aS0CmLqUwHKJfvDUoApVOzfacV+"
    "IbvtbKqTF8S18XXOo8N1O7Rv4e+qKbQy7q63iXL1e/VwtVjo9uuRqGpp9I7jLFo76EIOv5"
    "lAFVNgk4FNPqoVrwhs8iFqXYZNnlFI6U9X2oM+LNMIYmbflKTj4qWjufoTVqKCY2J7ZGre"
    "4P21Gy5Yt11HMzGeYsFK4m/Dfi+FSIjJxec4MnHRf5BBpHYgyKeCzbriYUUMl5jOe/a8t1"
    "haMJyyVRPXQmzeYg3EVWPSbq/xHq4yJKJSMCLUp6K3JYEqGaRUBgeUL0osldhQDRSTpjUq"
    "qYBSWI3yzOl2eG89gTEduX6cZUqHd50DMxrMaDCja2VQgRl9iFqXym30uWDVvQvico0wp/"
    "ewh0H4mymYCzExsBeU7QUKjq3Uw9cCDQA7VlNfpl9fpHfri0SvflguktBmJ0f7IrlC0yrm"
    "dysxLdrGM8xix7BmEPNJwCikUz0CUWB7Smd7nCWeEN3giTLExil7pmZQoSnyDZhk9h8faz"
    "2TKbbp0ka4yW+6EpKSAD8QcJUn4N56B4aqLdfTSDdBwXxgKqvNVG66oSjmJ9xHM8J9YoMC"
    "KEqgKIGirAtZBRTlIWpdhqKsYYLQXad33e19UZxTA7FL5B+MzbtBv90ZDr2T6+P1JsMshW"
    "h9eCTXUXacQ8SSPhd8rPl1SQSpc2ysisepWDprvNZwrGZAzsZbPL5E1boFoza/URv2c6vm"
    "wSVFIRsuXpmQfFetSriWgIytGP/CNxRUpV/CQtA9tyTBxcJjCuYVxaNt6gnx9pS45DwokR"
    "jH+2UJIBerNFYTiCOjOKXaWGza3Te01Zxyt5crXL9ulDcR3mVe3BfdMLA4IS64dJxFjT3y"
    "myADDngx4MVqxpAAL3aIWpfhxVRD9iBUTy1UzzFWjyr4BveXg++bOglj8WLnMvFi5+nxYu"
    "dxaPXJBDsOxW6q1INjYo0D+uxUAuiz0/TaWqdxoJe647xYdPk51525CtQJwVxgV8wK2MOk"
    "sVw9GGSi8R3ANGwyHAQL3yvLMrBupkCf0kRMAw+0jV1N3Osz+134XvX7N5GX71U3ztne31"
    "51Bu9OuEroTcSzzwT7y/hbtuXUgUh8j/gHU1Bt4XcsHuVYZBikNQHDQEEPLxQRe6HbTzmV"
    "IJSHgZBHAS7+LjDP0t/ASckGLtzLT0XA35eE2lg5bOGoJGxtXh3TN8l40BFh69pybtF78l"
    "RIFsvvr07yh12NLiiSXI2JrewiydjAnJrWnNXDgrj52L70VmC2q/Js90zwC1WjcJZLneKi"
    "Qo2Z2k5Pzj+d/3R2cb6e0dZnsiayDAtRFdikIICbsP8qlhxU3ckof3jKWxQTriiwRbJZZH"
    "z7IX6PLRkL5lzdsTYaBLYg36q80AcPLEHgwxrFbWEPr9pGaTuNffg9eCAnBSzb1Sx7Su/8"
    "JwRFQFBENYd0Td3jEBRxiFqXCYpw56vFg6kTQ3vCSnxEQrCJpISUx/Msw+N5JvB42pibmo"
    "p4x8QAbTm0114BOj8pIi4QBdQlUSdTVxA+kUoRrO9v0s57pZEDc2qdzlUYl40A4CnAE0+J"
    "S5+nFUuUTbayx/zBQeubok3BRC4R/TM2O9fdEc+Q9Q+8Myw31vt/bLbu7gb9r3zDPf/oKM"
    "fUciITnnWSHp51kgjPmlHzYmUre+XDYhAOoeCNn1iLpUFY0S1dlJecCXpCFpBXQH65sidz"
    "3ckRDBeSA8QVEJ/pz5ZNXEGAbfbcEhIDvJVC3taEn/zKJioEfqQ4qFD8YI/FD8AjusOeHP"
    "gi1Cj/qBR4RGOg0jfVIzF1QxHVmBjAmu1oDnm1CjqaQ8nK9QR2q6M5OmC3Fz4IumIJ4B5E"
    "6YPY0C3gyZ/odOlFV3OLgt78Nm2nS5tpEOixHsoqJZcAVJ811DSkdhn60LNcMiOT1O2bIt"
    "ePswIhzNCd+4iDsPGELIMd5ENOdIiEgEiIio7wmvrEIRLiELUuEwnxRCHN6wsKZKvsHz66"
    "G/T/1mnT66PW6H6o0Wmx94W5eMTn1zVTW1c3HW14f3XbHY1C9VOjp8fmoPO1O+z2e9qg89"
    "s91QW7NXku2urGzSQ6OzZ7nW8a1euw9aVziUIfxuaQFXalDbf7vc/dwS1rInEqdFer1+7c"
    "3ETuCk5t7qLL4fYvnev7yH2hk3lcYOVXKHCJaygVgVgLVLlz5gxe2ElJggdrKrDd0ynU4H"
    "5gUJUZVPY2yfGaDYlBIlZ1XqnJlVSw66GatRKVgjq28THj24qKqMblgMWtVg5WYzprBjMe"
    "4TkK0rf3Dq7jAkaWuI0P1+3UuD9tlgDt3aalWnbareBG3zAS5ZbfIHWwptAq74O1t6LAa8"
    "eDgBoOOyUydsyaW0st6gfZSgwftZBBTIysGdLRis5Zf3EQa+Jn5M4xP0LEQQ5ZLI1XpBtG"
    "5EYm6byPG54lNSlDTK/8SRY4aeCkq/9urSk7CZz0IWpdhpP+10o3XeIK6KjU2LKwCGR/CI"
    "svOa61IH+mbFOSvmF4QrDQduHVXN6JINzJvuBeKTFFXigkA+xFDFC2UlPEMyQCcMbgfNZt"
    "oitzbFEpADWbDQqMCyCCsgzq0CiV4ICCIi9FGaCGldyJgxp+lWxH1R/W5TBr09XE/bppsK"
    "EAR2fCKtFAn1fGjBgGS0zsPGP+AxJ0UOKe46200GwjomEmI0kP3VG43R+putELfphb1hPy"
    "pJFuMLvmFdHnGgRPL5GObBzs8oomc918xA4yLXdO9ZXkiEpst8AuVvyZwpdoesBCWKZxW1"
    "acSEUsnGRELJwEEQvpFJGNJ5iqM59rPSIKdEFV6II0kiixvnqbWZUHq4um0n6QrLll/uRh"
    "8/uItRZR2sfo99DG50B2A9kN8xiQ3aD1/e7Pt1o8iAiBjB361hKNWyeeygW2ZsS1JkriF6"
    "p29CZVju46vetu74viKysQu0T+wdi8a3VZoDv9S48H/TYL7uY3rI/Z+W5v5MXD84OxOfyl"
    "e3fHg8G9g3XweihinZ0NhZeHwsoHnc/3vWsvDN47ittoUvZC6TWUnNWDa7m6kWsfEIFwk5"
    "xMe94HZEocXgEilyoEwo2pIrFnPThzslyyWm65hkRSGIZEblW4dPLLo4WoHCggvwJyvxvg"
    "xQAbRO2wTq1MIp3CBlHrWXs6pSaMYF2cHggikoVYkPyxIA/EMHKqQiAKmigQlaOTPKxLSA"
    "zy8arDsAjy8fRX7qC08Qyzl4VSIrFQuAFJr3tIKYbgLIgjeuuIjLQ4IrUqYFDXav91rThg"
    "bWZWZbhYg+vHcp5Wr/SorMf1aDTHyNAdF3Fh5BHv6JE8YxNZKxdhfTJHr1i3f0bEdZBtvS"
    "DDmjyhJ4yXjn+7gzwtJmNVSm+9QMQKe0yyf6cavcHt241df0xW1/9QSpx9uiuXOM5KVM48"
    "FdqNQGN4zULgVinSIy2PMjK3S81D8pmUxcI+NkXDLYfwFnnURzhsDyJAIAKkTouRmsYCQA"
    "TIIWpdJgJkPTXLLxLCIk1yOJSW7rj0Mg40/jmBa9Z+g1G5BroUdkL1BIkPqnjH5QBvObyd"
    "p5UKzP7tDUT34lwC3IvzVGzZpXh4yiNxRaX2MzdECkntcT+kt+EsS9wOif7afHFAMcEmvQ"
    "T37HWHagvlLz8gnKQCHRtKXlTBuR6mmujq+pkIt75LX7qkyTdwLXMus1A8T18nnieWiWKe"
    "L08kvLilOkbFd3va3aB/fd8edfu9SxT5WHY8fNznIxX7fiET+x7nK0Kx7xfxXjDRbZuojb"
    "qQSONiHS5khtlF+jC7SAwzxuA/sYAs9WQegWjjAC8x+zux4ZTijn5TCC9Jq/0DtamgmFI1"
    "Qc0IgkrZSVk5Cmqdr19PUCU2RJxCPaXSUU2tp7SJLoOCSoUQziioJBPBt8uIEF8HR4J4kO"
    "DS8dZoEN/ftI9QENoyeeZ9KrSdPMR5QJxHRaeImnr8Ic7jELUuE+eh6hsHn7iiT9xYParg"
    "G9zfuCoqO+Fbwt8sAXL6NoExsQZwW1kz0i52C5xQYB4tOyUrejtzH5av8lRyxBn3oc+8Dz"
    "mh/rU15Gw6/X9s3nZGrZtLxP8bm627u9agQz/7B/RMm1W16Q+6HSoU+jA2r7tfulzWP6gG"
    "Le+sHrJ1mzJtRcUaMKL2MHs96A7O5Y+PCYI7voA7Hqo77La6A1noj1hb2YLYtXSII0K5MK"
    "5YgEMU4o9Ss8nHjNnko8D3xL+UUsmGkEihaJJ8M/eGKXlYEcMlpvOePfYtyJKdBJlsuC2F"
    "kM2N0B4jNgOroLYRmzOsuytblNKYCXZYbI9wr8/UFu8QWZtAPL06W0QIEkkVE0kTLpuCuf"
    "+NddfstABADLV0P0sI1y3ulrA6d+puAbcKuFWqOZRrSrCDW+UQtS7jVnnLVLgKkf7lJ8KB"
    "v2rH/irypxK+wf2NY3w/ylE0GQxNHNoFBYKu9JSIsLAMQLwVYgqcpZZSEAgAuFvBXdpkks"
    "9fEZcEh0VuhwWQikBy1Y3kEtVAUUzpiEhB/kF2/sFyE+lbTkh3fYHdHi0f6Vmqm+NG0hld"
    "rYSKrG3aTtMKsgoy5KB07d6Z6xY1JCbzIwFj7V85zmKq9c09laGo08uVSpYqPfQ6sM/Ydo"
    "Shkxm1sTYiTaRUPn6UoVQ+fkynVNi12JKdDioFhP3bG4juToLo6BNdLDJIM0qpbET2H/by"
    "NovJ0gJcFBzW5b/M/vv/cX/fVw=="
)
