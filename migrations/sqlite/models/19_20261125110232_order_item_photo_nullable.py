from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        ;
        ;
        CREATE TABLE IF NOT EXISTS "_rebuild_shop_order_items" (
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
    "photo_id" CHAR(36) REFERENCES "gallery_photos" ("id") ON DELETE RESTRICT,
    "variant_id" CHAR(36) NOT NULL REFERENCES "shop_variants" ("id") ON DELETE RESTRICT
);
INSERT INTO "_rebuild_shop_order_items" ("id", "created_at", "updated_at", "position", "product_name", "variant_name", "sku", "digital", "unit_amount", "quantity", "total_amount", "customization", "fulfillment_provider", "fulfillment_status", "carrier", "tracking_number", "order_id", "photo_id", "variant_id") SELECT "id", "created_at", "updated_at", "position", "product_name", "variant_name", "sku", "digital", "unit_amount", "quantity", "total_amount", "customization", "fulfillment_provider", "fulfillment_status", "carrier", "tracking_number", "order_id", "photo_id", "variant_id" FROM "shop_order_items";
DROP TABLE "shop_order_items";
ALTER TABLE "_rebuild_shop_order_items" RENAME TO "shop_order_items";
CREATE INDEX IF NOT EXISTS "idx_shop_order__order_i_dd9fd2" ON "shop_order_items" ("order_id", "position");
CREATE INDEX IF NOT EXISTS "idx_shop_order__fulfill_0d7911" ON "shop_order_items" ("fulfillment_status", "created_at");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ;
        ;
        CREATE TABLE IF NOT EXISTS "_rebuild_shop_order_items" (
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
    "photo_id" CHAR(36) REFERENCES "gallery_photos" ("id") ON DELETE RESTRICT,
    "variant_id" CHAR(36) NOT NULL REFERENCES "shop_variants" ("id") ON DELETE RESTRICT
);
INSERT INTO "_rebuild_shop_order_items" ("id", "created_at", "updated_at", "position", "product_name", "variant_name", "sku", "digital", "unit_amount", "quantity", "total_amount", "customization", "fulfillment_provider", "fulfillment_status", "carrier", "tracking_number", "order_id", "photo_id", "variant_id") SELECT "id", "created_at", "updated_at", "position", "product_name", "variant_name", "sku", "digital", "unit_amount", "quantity", "total_amount", "customization", "fulfillment_provider", "fulfillment_status", "carrier", "tracking_number", "order_id", "photo_id", "variant_id" FROM "shop_order_items";
DROP TABLE "shop_order_items";
ALTER TABLE "_rebuild_shop_order_items" RENAME TO "shop_order_items";
CREATE INDEX IF NOT EXISTS "idx_shop_order__order_i_dd9fd2" ON "shop_order_items" ("order_id", "position");
CREATE INDEX IF NOT EXISTS "idx_shop_order__fulfill_0d7911" ON "shop_order_items" ("fulfillment_status", "created_at");"""


MODELS_STATE = (
    "eJztfWtz4sa29l/p8pedVHlPxZfx5DhvvVUYyxMSDATwTPYJuxQZGtPHQmJLwh7n7P3fT3"
    "frgi4toRYCS2J9sYXUqwXP6tu6/+/J0pxh3f7Qmk6xbY/NZ2ycXKP/PTG0JaYXosen6ERb"
    "rTYP2Q1He9R5e403VB3Wkj/RHm3H0qYOfTjXdBvTWzNsTy2ycojJ3nXSMpC50v61xugRax"
    "a2ECf+CZmG/oaIY6PRz62/n3+8QjPyhG0HERvZjmnh2SmyTaQhHWvP6MnSDNrUMJ0FMZ4+"
    "sDfPzCl9Nf20z5esDUI7pb/3CTsLbNFX/fFPepsYM/wN2/7H1bM6J1ifRaAlM9YBv686by"
    "t+7+Ghc3vHW7If8KhOTX29NDatV2/OwjSC5us1mX1gNOzZEzawpTl4FoLaWOu6xxr/lvuN"
    "6Q3HWuPgq842N2Z4rq11xrCT/zdfG1PGJ8TfxP5c/n/vq4WaqWqvP1ZHylhVTxL8ZV8hxg"
    "3v1tQ02NggFFMGzH/cfjeA8Lsn7AXtn1vD7y6uvucQmLbzZPGHHK6T/3BCzdFcUg76BuWp"
    "hRkmquYk0b6lTxyyxGLEo5Qx5Gce6Qf/oggH/BsbFmymiA+uD98eAD+hP3DWpxPA430GA8"
    "ade2U0bt0P2OuWtv0vnePXGivsyTm/+xa7+53LL5POfndtCDpBXzvjnxH7iP6731PiXA3a"
    "jf/7hH0nbe2YqmG+qtosNEz9uz5qtOWG6+vVrCDXo5TA9apw3ccoxHbv22+4ztd0daHZiy"
    "TX2wvNEnM8ShXjOEVuP2vrPjm81L6pOjaenAX9eHWZweEvrSFfW68uY1zreU/O+aP/RGDG"
    "31aEMq3A5IpSNnBy1XcyJddQC7/QmVFkDY1SlsBmb/YAl8vn8trGlip3FA2RlHkerS5Ttx"
    "w/2Ql//iw8fTKoktDeUcGCPBm/4jcOcId+D82YYgGgnvj14HVTT0g3dzdT2dJeA5EoPKDo"
    "b6e/GDvunt0atVu3yglH+FGbPr9q1kyNQM2emOdm7E7QNvloeb6M39EM7YmDw34F+85h1A"
    "XCsM+NdCmY/aB80m86liBZVmBqn4JkeUQyBkiWx8j1PJIlXmpElxEqA4LGyZPnH/MIlLRV"
    "qkTJn0VFypVm268m3bBlhfcEYTl4v/dMiiH+MRfiHzMQ/xhHfE4s21H5Jwm4o1QNxPrshx"
    "9yYE1bpWLNn0Wx1rUCUEeIAOl8SK8oSlIoBwSFEK6YXiIK8MV5DnwvzlPhZY+i6FqmngKu"
    "YqyXCVk2qhPyaA83kk/a3Y7SG0sKFR7VNXL/T4zBsP+lc6sMr5F/NTFat/ed3jXi/+Kmxl"
    "xj/yrP0I+fd0Ij/yqhk2XnDfUFW4R2KRD/bkyKv2ZkHFYixDEuPVLqfbEpuHNYwe+m3+9G"
    "Dp83nXEM7of7G4WygXOBNiKuUqJDh1QU+6VmPdMzu/HENR3YEEgGmfAL6YEDEhx4WmNbFv"
    "WABpCWQNpVzhURf6OUYBSojrTrKjkSWux0petmOCTcfWIT0CO/+3WIdY0jmuS92MWoZmfb"
    "NFV3ZPLY9AfSfncEauT20lSQXjXi6ES4nEuA9NXrRTEc662pUE0XRJ9Z7nwpDlWb9dJUiJ"
    "Z0smhPeMcpd+/20lSQVpb5P3jq7AjSwO2lqSDNib7rMBpxj9I7ojd2JDkLZgNQbYf+rh3B"
    "GvOuRqynpqI1N3WdHszWqx2huuP9PKyG+F++UNNEuAzTIXMy5WDsiFgv1FVT4bLwC8GvOw"
    "I15J00GyL1xdx5tXJx+mI2d7GaapajEgcvd0SqTfvp0G6aipNpzTznn+IY9VkfTQWI3sbM"
    "J2r3Vbyz6am2+qIkVlIubZFD/Auhw0alF3MiMtT40PYNPDbpn1xHet7nYNNlg0CWcAWMAy"
    "HwChRgle4gGGcWOAuCsyA4C9bKbQycBY+R63mcBWfEXunam7THT5yuiU4/57mcfs4znH7O"
    "E04/j8RMwjzG3xwxzF7zAzqivMNWNVZ+H0emi4/gd/et37+PTJluv/fZbx5CvN3t38SAfs"
    "OaZavmXMXfVtgi2PPziQJPD+Vi3FOoY3wgxt70Vz/sa4g/sW/w9/Ozy0+XP15cXf5Im/Bv"
    "Gdz5lMGppI2dreh/SfqxhWkOOLIfxu19De59R7HS9X7F3G1UW9fUJTHWQh1Q6mhOIz/ccD"
    "67vKzLiJ5qlJEzzVKLRWinkJfislkhz/ryx3h1gjvfFeYSQzvzOMXYKzwlmu6QXZXKvkph"
    "5HXYWEcGOuZeyHRn86rbS1NB0l40Qn8A0Ynzppov2LLo2NjV6SrUZ9/r8ijwe6Xf1NzVOB"
    "ZG7yvvsKnYgedaDpDAjQas0mAgew8D2baEG77Fa8/pNqpwyC052UYazhQW9mVSR6e8jXEY"
    "9NigYVrAxLg57GcYGSMSQQ4zY0wk2Z6Uk7IOWeYrWmEL+cRvPBfmn36n9nfBg+vv/2QZMz"
    "UDeUxA/2MSA5kGwvRQ+YaYWexRs3EyL+ce3yOwif4RIMIacGz/CXZSsJPW4uxQU4sZ2EmP"
    "ket57KSy9tF920XfUfObxyp6lW4UvUomQjBt4p+7clo0wiRglIubMIKjlNw5IEYG+RKz8y"
    "WGj2dRiKVzJsr7LlYU4a0SXWyMVSmFoq+SF4gyIW19ugATNgyU6x4ZFQVsff0EogCIAjVZ"
    "GWp6KARR4Bi5nkcUeKaQikWB7ZmlfNoqu0uetPu90UN33Bp3+r1rFP40MUbKaMRvexc859"
    "QvSnvMU06xi7jaLJerZek5pqomrzXNj5UfQiTw9ds3Ed/LXPheZuB7mcA3/M0SMKf7C8fI"
    "wG9Y2m94urYsbEzfZAZ3mKaBA/wix/C+SE/NmBza/Nuqs7XFzW0FHFqzujicOmifDChZI0"
    "Tx2QXvNHLAWphi8dtOWKeQA9YCrDWelGS6th1zGaCWBDszuWJqH5BsUSLZIvPceREFcmdC"
    "HxAdEGtfAVVbqFcWXpL1UhLrEBUMbAm0iTHV1zM8U5k3YIpj6WhJF5HUFV3cw+HW8/P9Lu"
    "YX55+ugnWcfchawkf3rW43CfLjej7HlvqI56aFC2yaqfRgHEyBWps79G9hpBPkALTozM3S"
    "gE2LDGgx8QED9s7rAvPCtMhfzI6ovckAHCc7HLT/VRdkbd10VO7g/aLpBcZwKv3hsL6oC9"
    "Yzjehvqk6WRGBLSteDRKkK4VoxF+XSBzHWRFEu6YPWb3/AtbYmUE6ZSUt3feTVlakTkZb0"
    "l1G/lxYZLSSPGz/J1EH/Rn5W7b3oqjcOB49rojvEsD+w972HzwGDK1uHHVdXn0YNmqyDuA"
    "4b/L/A/6uZ/l+RoJ6SYrCHDc7aDLGwOUCCKg65oVpRQHYvUeBNvIHbWWOxghBriB8uP364"
    "dIdnvv+lOz372+NWx2c12JK3h2yOFxitLEqEzDkyDfZvji08Q7797Sfk0CY2dlgD3jELpg"
    "zdixPYyXjNfb1E6KFtb1zEE9ZbcNYGZ+16rNk1ddsFZ+1j5HoeZ+1dnMzACSenE87SXAsL"
    "yZKnVHA3NE2C9L/Ozy8uPp3/cHH148fLT58+/vhDgG3yURbIN53PnV7MY0Gk23YPXnLHhi"
    "gVaPmytXyhc92OSr7mpfw7jSn3oiOrSrGdwtyBApknLcdguvCTnukwX+Ia3ZxqOksGg6ng"
    "oTloRpjMYaO5ZS65KPKK8fM1muqmTQWR7wwTeekAv0emhVyvRf+WOGVN6W/YGqE6095A5g"
    "GZpyarW01PvyDzHCPXc8k8msAuz9id5kQitMOHeVxD/mbwk/EodpJOTbGb7s4QIgEXhsjM"
    "KMOFwfCqU+aO3/XaNyDiMRp8d/5DnuhS2io1AI8/AwcRcBCpAsJ1ThAkSKG+RYTcJFrPKU"
    "CGNpXt4mOLS276GzJX2KDYI832hL1XTdf/TgW66TNie7jNk5QSB7lFvF0TF6vAg7SpZdo2"
    "uh2Nk7Jj+d1D5ccKLFinICUekbwAUuIxcj2PlMgWd6GkmB3MGCJrkuWmjCBGeoizHM9aKA"
    "trnBawjWKLjVlBZKOUgGtcEuQhhvTrkZVORLLKLZ4SCnCaRJgkj28DLv0Hr599wb2vIJos"
    "PZLS7lBUv/t4eh6LIvfF8mReJ5C8QfIGyVveU9UNQBB6qQaxCVkeqpswiHJT88bk11imXr"
    "6p08MxbfXHyZQukO52E71PPzlrO+s+28LYXZCOQTqu5hpTUzkJpONj5Hoe6ThYiiV5HqZr"
    "IMfry+HkxPZ2VUkGb6iAvZVm7yOzT9DVl89IWS4niIHZtWA2FqVmz8dqLMzMDoyuFqN5Tq"
    "FnLJWeOUzTwPTM+8nvHgifSZS3lznYUB/QH2eo/PZAx5dyKylVbgivUXA5Mdr93l1neM/u"
    "BpcTo9NTB8P+56EyGl2j0AfW/n7QVcZue++S3m312kq3y+/6lxOj11dHP/e/XiPv4qQI20"
    "uvmZCSKmmL4aJx+ZLKU6sXCYyKUzbJYHHg8ChI5b/vVP7M61KwYqTXpwgIGuCnmXWs2kdl"
    "Cq+ytGph+uNt0UqdjruIFlggzYKVhVeaFxUsPfaFxMAE+Qotbh7BYor4GG0J0l41M8k0Qt"
    "iLZIy0sGbLFUNKIS805WrE5X3MOQvP18ZMXWFrikUn2mwZIUndoEy1pYgLGpkVkxaihI1J"
    "wn5gSWGlvS3pyFR303okezng7v7QG7Q60qoPl+oauf8nxq0y6I86Y9W9G/40Mdx7wVveXV"
    "3h+lNIOlJFiMCNKjEPeEZGWee0CNUOoFZsgS8JU/D42weskPsG3Chr50Y5pCLRsNMen4iG"
    "cgkoH3WKITG4G6/LHbF9sHEd9b95gY0cjHLgutokby5n0ObPBl3NY8L2hSFyTEqBON2/Oj"
    "SkF0SfWVhU51I+qXubddagcR0/ex00BXdNRmYEIzdoW12vdkTpjvfzsBq6JoaGovWk6Tq2"
    "yK4Z8D/zbhpbJoBVrpuTqVZCWvdeqKuGjimbbbysOiv9jtbOpRUMZ+h11dTRBTUDJHZAVy"
    "e56w7o9tJsjNSVru06oDygBrSnJs0+qdi+0MK2Xi41S+B/40PaN/DYpH9yn1ZHmx4bOBDZ"
    "U/rWtCL20qC1Y/01EDJWUhu/lgHWMOipITBJxthG61cJIm0TBa7S4239iloqXQv9w3K5cb"
    "eRgisbHY8o83C0NoubusQz0UFE7SGU9hBRezyxlRBRe4xcF3hzQVZiyWVUkJW4hkE4X1ud"
    "caf3WXIb8smukXcxMfp3d8qQhc14FxPjpt//ld1w/0+MrnI3vkbs78RQfh90eGvv4iTfbN"
    "uzhwovH1csADVGCn6q1VnZkhuay6wCsacRQuBxDXj8bUVopwWOLiJ64HiVOQ7+heC0VVVQ"
    "M5y2wJuo3IJl4ExUpjPROycSdL1dBMrNwA0mXakZdrvJk5yft0cr1+ERma8GnqHHN6ShlU"
    "Z7cf5mI206ZZEbPyEDv2ALvRCb0Hchx0Sa8cby59OvgNHj2kF0PM3nohT9+3kJJOqvwBp/"
    "CorTI1KhgeL0GLmeR3E6J5btqPxTguvpiSyiVA1MZXGWqzDWWUZhrLNkYSxdKwB1hAiQzo"
    "f0I7Gcheqr8fNaBaJUOxoH6qM7EdgGVhaeY8viOQrfdKnxKiBtQBqKA4xZDpd84o8YWQOw"
    "fs/UN8TCKR6N+dLfhOmBFdKscEX5ImfQKCXovqtz5ExKGq72QDoO3ALdd+7YWg4WqBK3R8"
    "1ZxVWJYa34pgIIxMzt5N8tqXKNhXcKS7jEA0CzKrm4GnsvmDJ3pdQ5+cY0o2tjxtSkc6Qh"
    "b0Qgr8drRBybKVCRe4ZEmsH0qvTJKb98XWgOq3FKjKm+pt2LlLH7eQkoYyuwkp+CMvaI1H"
    "KgjD1GrudRxsrqBkEtKKdiCX+zBMzpAn6MDOR6ebl+7aWmdWulCg7KqUkIRaRNSlt+fnb5"
    "6fLHi6vLIAdhcCcr9SBkhc8H74FzPbI1LD2DSnYi0zhtY/JtlpHE1BdauFWBvTM5wk1Tx5"
    "qRIn0IyGP4PlL6fQEc3DnsWn7T73cja/lNJ75YP9zfKHQfjZUYFg9sc+3MiUPHqGY8idbw"
    "7cM72QMM8uQgn6mrhemY0ggLyAFe0RpCNzzhHplrBQmIYf2QWD84aqpN/pI0JoepGnDwjg"
    "o5uWprZZTWSlbWYulmXgQQZw7tDdEBh7SvrKvtiIZwAwg3qJItK0+4wcGNWTnwrqah/dBm"
    "rJDpT2jEipoGs0xYvKUqFU+QDk5KcpSAt/w1iaQoYDICk1E1F9OaGg/AZHSMXM9jMqISUk"
    "oWvKwTf4gKpFiZM7+rPSxWJVFA2wCJ9tCmJH7ikI2bD9GAyJWQY90To6wcG6YCULfJscGJ"
    "eWc5Nq9cVVFgc8ix4ZGVI2zeF4p2RLZpfpdxXMOLoHR9iH0Kv7dYJy8UcRfehOwbfnyaJf"
    "p69RjYL/MJcnpw9g2MFhpl3+zvxECUlrtVmnNEZV70alrPPyEWAW8jzXG06YKFtxOHPrTM"
    "9dOCN1qvdFOboZXmLJK+m+V3LxTLV5tKEt47QDAHwbwmq1hNRTQQzI+R63kEc38JTrA824"
    "YfImuSG1YZ5nvp0FgIit0hKLZ+2WFHDzf3nfFYka5THBBeo+ByYrQGg2H/C7vpX02MofKl"
    "M+r0e+pQ+e2BrhDsafJe/AD4Pq4Ac4xn7IAuM2PCNDBppCfNI3GBUFnhCPHqn6mWFdKDgl"
    "bKzciVAaXLIYeoQJm1tXCvL2fuqHLJX/uwosDmqdcbGlnFnTJczUAJxbZaQUc5UAfXDPvD"
    "PbbtlNBi/9FpHq3U0m28h2o1MR1PRBEU0htAORpQ/lR0Na2pGgCUP8fI9TzKn0dzJnDJSJ"
    "e7/PaNCOQ9tNQFZ/69eAWwIr/STgEhIoAUxKhDilHJ0VsCtA3PfxWZsNJOASCeVkA8ZY4D"
    "jmmIBdTg4WkuEdVvvn8hFWRRkEWruXTWVCoBWfQYuZ5HFnWII5fBOyBohDQaN7Pms7NmGV"
    "qTaaXoXiebaz5Mc9RlaGf0vFEk3/OGDJI9V2f1SW46oJ0BVUKVRN7dLLL7FOV87AWCXIgt"
    "W8W4Q1gYN6UKwwbGU8Rtjy/E072A8REEvuovHDU9+oPAd4xczyPwQRbhPYt7kEX4fQy9FB"
    "xLamQHBA0AOzqwr/KM66v0YX2VLJm3WiahzY5V8UgKxalUTOIuMUzFLwdG2AvW/NxYqJxY"
    "nL4BY/jQCwaLrZ3rdJcUrhnbw1jC9IcMZBm3eretoXwci0d3jfyriTFqDzsDN7TFuzopsN"
    "ycXeVYbs7iZ55QLv6rZLXD2sUXDbqtXq/T+yzLFp/uGvlXE6PTUwfD/uehMhpdo9CHiTFQ"
    "ere0ieqyi9JEPvsMVYdKW+l82fA1uOH3ffvQHnf6Pb9376MbwqR8dcOWlK8To92/H3QVPk"
    "KCS3q31Wsr3S6/619WY+DwerieM3UBwUZADvrj6ggzSRl2RuU0nRgpxpWsgpAbOuBwlTls"
    "re1FkruZgXI+CcTGyaXgfs8CIRWbQe9TH2S6tixsTAXO4elSbJim0HGnashHTggXOQ4IF6"
    "nng4v48cC1TMjmhwsTgbExDintlH4ttwqTJLBJ0h3grdg4Lgdd32AmbyAPk8GgjcuX/NWy"
    "8QthIhioUO/g0I4cG7s6xC1k5jIMb9gpcQuiRbYEZAdeV/Q/S9rXYJBjW0wOmKFcRynlOs"
    "Tghs9SpSDcsAIdiTUiefaMoEy/B+o9dLsngnNDGfg6lGJ2l2+JqCnEkfPSDuFj8YytxePH"
    "YsliG7J2REZoOJFIcaBCuUsaCVIklG0HmMIRdE0EylkwRyiVGdR2xWrMuxo5tY5ayEbrfe"
    "JcawnV3NR181Vdr3ZE6o7387AaumUzmrOZRn32TIfMyVRL8RaRAawX6qpBaO3T8z50VhMV"
    "X4uc5NL973kOd94EIqfBkT6pCwdH+oABVbJRgyP9MXI9jyP9M4VUbKjd7qHm01bZqZ5K6X"
    "fKUOm1FXU8bLV/ZU5hkRsTY9RiLmHqfed3ddR/GLaVa5S45fuk+a5oE6M1HrfaP98rPXpv"
    "cz0xBj/3x/1rxP9NjFul2/miDFs3Xdpr6MPE+EqZP7xvDek3Ci4nhvL7oD+kPbr/T/KNzm"
    "g4wGWeaIDL9GCAy7i5+RlLmfK95uUMiu0b7uGM+LniLC4y4iwuknEWEMey3zgWm/wlqhSf"
    "4QfkUzSpMsWhHYBMw2GmK46dxOCO0zVwkJ/lGuRnGYP8TDDIF9r5xysZpDcUDcT4Ks8OeJ"
    "W+A14ldsA61bk52+9SUkb0kPlqSPsChWnAwyLbw4JjVYJ5r+EOFuEhtYNhzzMQmvPdVJr5"
    "s5LURZsZ2aK05UrH6pJ829UCM+I93ZNvjUdKtc21NT0kXnWZydEASPp7rKVmPeOZ+kS3Y2"
    "yRXTH7zLt5a+gIWy1Mx9wRoQHro0kjSsr0IjKWpuPZN/DYpH+OODOwhJ0qbGEXGKpiBvjt"
    "CX8Txv/tpZJbaKVZDpmSlWY4f7PRC8GvrJSxhrxO6T232w9ozCoXG+waTVnoECI2esYrB2"
    "k2bc9vuYeoSLXk0t8wMb6joNt4huamxcspm8y2ZiPTQJjKIW/Ic6k5RX9hy6Tt6APWJ/1C"
    "3yPbpD3NNHvxaNLxyr4IZc/bxPCzbfGWNivY/EqcBSXFyBtliI492jmL42dfkFLyL0R79V"
    "9o5yrmvGZHTajkDGbAemwjNTUIgRnwGLmexwzobjDqVBw3m6rhipMdTs31w7547Kq5zs8u"
    "P13+eHF1Gei6gjtZCq+krovjIz+XQmQQ2F+deZNcLiH17x7C8NhpUBLREAnACZmU36so09"
    "oGzft2VEOTtUrJqUPqF4HmIaqc2a54iPnR51E7MO9aZC80y5XPmZztSdGISvXsYyiKKKIv"
    "+CBQMezQ28SYGMo3+m31N96QPvzTo/0TacYM/Rki/ZNpJGzsfEDeO9lH/7VTSkxPzOg7h6"
    "sx2DidGH+yZn9+f8oUD68LEy21NzQzXw3d1GZMy+D61dtobplLV5lBv4P33bgWQgveQIw0"
    "/UJMmfCHH1TkLZiEw/5Pls97Fg2o2jwEBQQoIKq50tZUFAUFxDFyPY8CIlh0EzzP9rEJ0z"
    "XJZa8MP5vQviYpTSUpIVNMFFs/vaYcrlEqwBSKXO8dVHbUlkQ0RHLYQ2slwQRNyrtoUkLS"
    "2o7Y5k8DUc1VdSu00V1lO7QxeXdHeOXSkdQU4uSBaHfFVXSNTnLC9xvKyQepZDyVXJy3ci"
    "G0MeVx2N1JGRjPySDQCArSNmREzvu5IlTLbZ5TKzgmeIYck6vB5sQg9oJ+tt3EVkyPF1KL"
    "eWqznxDPZTxDrwtsIM1+xrOkerC8biGcvwKHlFNQox2RQgXUaMfI9TxqtMaH8//20Gn/qv"
    "72QIHilV+inyfGfafXUZXfx0pvxJ9HP0+MnvJV7YxGD8o1Ci7jm2PKqIlFK+cKVs6IVY4H"
    "GfJDgWS9vTBNldlWimvQPqpnvXO9iKrBf0QFIyoH/T4rRtSwEll/oPQkz9mc5hqxvxOj1R"
    "t9VYasuJd/VWSZL7+2FxTvaJrdoJoqrR0x9VQB0pUQwlSAKRRC2GshBKF2294kfd8R18an"
    "j49O1+3Qvoe9q6bQ5jF3vY+XqzeqR+vlUrPeTkTJYKMtTrPU2v4QsnljAslhQZsM2uSTWu"
    "kVQZt8jFzPo02eU0jpTxcoDtJVkmGaRihmDq2StB28slVHe8ZSquAY2QE1Ne+wf+1HF6xZ"
    "jq0aGM+w4CTxy6jfS1EkxOjiaxyZOujfSCe5CjsUY8HmXPG4JrpDDPsDe997HC0YTtmsiX"
    "Mhtm6xDuKsMeiwV/kIl5kSUSqYEfJL0fsqgSrppFSGDqiYl1iqYkPWUSy3WqOSDChFq1Ge"
    "ON0OlywUCNOR56dZonS4mB+I0SBGgxhdK4EKxOhj5Hqu2EZPFyxb7CFO1whx+gBFH8LfTE"
    "JciJGBvCAtL1BwLKkRHhA0AOxYEYI84/oqfVhfJUb142qZhDY7ONojKeSaVjG7W4lh0Rae"
    "Y+Y7hlWdGM8CjUK6qkdACtqe0rU99gpPiabzQBli4ZRStBmq0BT6Biwyh/ePNV/IDFv0aC"
    "OsnZzOhCQlwA8KuMor4N67ZEXVjutpSjdBwnzQVFZbU7kZhiKfn/AYzXD3iU0KUFGCihJU"
    "lHVRVoGK8hi5nkdFWcMAoYHSu+30PkuuqT7ZNfIuJsZg2G8ro5F7M7gOajezEKLg8iTfQN"
    "lzDBEL+lzyueblJRGEzrG5Kp6nYuqs+VrDuZoBOZtvcf8SWekWhNriQm3Yzi0bB5ckhWi4"
    "eGZC8k02K2FAARFbMf0Lr8Aoq34JE8Hw3BIEF3OP2TGuKO5tU0+It4fEJdfBHIFxfFyWAP"
    "JumcZqAnFkFqdkG4stu4eGtppL7vZ0hcF2I111eZ9xcX7RV4FyLFQPNl01Fqk9C3ox0IuB"
    "XqwuGhLQix0j1/PoxWRd9sBVT85Vz9bXTzL4+u3LwfddjYQxf7HLPP5il+n+YpdxaLXpFN"
    "s2xW4mNYJjZI0D+uI8B9AX5+m5tc7jQK8023416fFzodkLGagThIXArpgUcIBFY7V+1MlU"
    "5RXAVGwwHAQH3xvT1LFmpECf0kWMA4+0j30t3MGdwx58b/r9bmTzvenEdbYP9zfK8Lszzh"
    "LaiLjymaC+jFeyrSAPROQHxN9fgmoLv21yL8ddpkFaFzANJPjwShGxlpr1XJAJQnqYCEUY"
    "4OBvAvEsfQdOUjbw4F5+KAL+tiJUxiogC0cpobR5dUTfpMaDzghLU1cLk7YpkiFZTH+4PM"
    "k/7Gt2QZLkaixsZSdJxjrmqmnVXj8uiVNM25feC6x2VV7tXgh+pWwUrnKpS1yUqDFL2/nZ"
    "5afLHy+uLoMVLbiTtZBlSIiywCYJAdyE/Fex4KDqLkYSHj8biUA3n0xJbIXE4FOV6QD0Hu"
    "maKzp0d4kXEjulRAdkGRgfgX+KcBZLu6qE1NVMAtoxhHDA+mjQyBaED5bnyeOCJfDjCVDc"
    "5sXzpm6YtldXnj/8F3Idl2k5qmnNaMt/go8P+PhUc0rX1NsDfHyOket5fHycxXr5aGhEV5"
    "+xlHotQdhEHVsuA/5FhgH/QmDAtzDXnEjiHSMDtPOhHZxn6fokibiAFFCXR73wCpPZCXAi"
    "JyfIzBH4ZaXqHoP2TSrpWZrWcYHJ00JGlbshADwFeOIZcej71N0i8JO9HDAwedj6KindMZ"
    "JrRP9MDOW2M+ah996Fe4cF3bv/J0ZrMBj2v/BKnt7VSYGl5SyP3+dZut/nWcLvc04FvbUl"
    "7e4TJgM/Kwk3n6m5XOmEZfPTRAkPMkFP0ALyEsiv1tZ0odkFvGxDdIC4BOJz7cW0iCPw3M"
    "9eW0JkgLeUL22ges1/sokSgYE6DipkVTlgVhVwtdjjSPatQnLGlygVuFrEQKU71RMxNF0S"
    "1RgZwJrtXxGyL+5o+w9lQagnsFst/9EJuz2jij8USwD3KHKqxKbuDj4VU40evehpbrmjX0"
    "Wb9tOh3TQI9NgIZSnYSwCqzzrKiVRN/H726oPSMx0yJ9PUsnCR56dZHilGqOUhHFIsPCUr"
    "gt1DX8ibAVxSwCWlokthTZ0TwCXlGLmexyXlmUJa1BTk01bZPHwyGPZ/Udr0+bg1fhipdF"
    "nsfWYWHvH9IBdz66arqKOHm/vOeBzKyxy9PTGGypfOqNPvqUPltwfKC9Y0eS/a68bKJLo7"
    "MXrKV5XyddT6rFyj0IeJMWIJo2nH7X7vrjO8Z10kboVatXptpduNtPJvbVrR03D7Z+X2Id"
    "IudNP9jfRbDJW20vni/8DQjU1fFMshs6ypo36/t+ktcptnwf7SuVWGLtvYM48fibvhnh/a"
    "v4Z7pB83T+/63W7/q/ow2LQIbk2Mr63OuNsZjdX+3Z0yvEbRz/T7tP5xr/TGoR8Yv7Npc9"
    "fqdMMt3M9FrITlZ4dxiKNLJeAJCKo8gQv6d+wlHcyjOROoN9K1zH57UDJLK5nZjlvgKBIi"
    "gyDY6hw7kqdNv+KsnEQXpYJ4t/ic8eRpSVTjdKDorlb8a2MGa4bxIKIL2lHD/WDjOh5g8u"
    "q249N1u/XAWzZLgHaw6amWg3YruNEdJkeq+3cIKq4ptNI1CA+WkH3gVZAdao77Q5PxnNEW"
    "p1lq9KAercUb59Okn7SQT/c3G7nhJ8gxHdr4FD3jlYMe39Doty4ixtQrNEwvEdamC681Ja"
    "OvMGyNa58/xGXS0l8wMSZGC/Ffjcw5IrS9+WpcI1t7oW9EGnvdnNCHFn5lnmI2wqwCVHDb"
    "3ShP0euC0Fe8mmt9hlZrZ2IwniI6W2gb9/shMkfOAr8hVkNqxi4tzH8fJLCvwKZ+CpaEI9"
    "IpgyXhGLmex5LghUzKOgXGycAlMO4S6B4jVHu9lIE1QgSgJtywHc2y1TMJREMUAKcYznNp"
    "OM8BznQ4L6ThvAA40+G8lIbzEuBMh/OjNJwfAU5hzJuvL5C2hYTJDiuc1kO9LKNNSvIjyY"
    "y+gccm/ZNfWco7Grgaj7pyIo/ONDwSc2j2dtLWDbnEcCLQ0nlPTrO0c668cQj31vA4Cnu3"
    "nqLoMyvQKWa1WmB9NV/rG0EJHGZBzQUKD1BzAdcPq+YKVusox0dLTde3qGMOe/7dJ3/dI/"
    "DF+aer4PTLPmQdfEf3rW43efoVF9JJ96k7fPmcBvnU2Sv6DQQ+oulwh2maUDTwfTCfFdom"
    "4rTg0VidfSF5HEgc0HPqRhJ0oCFJ5GPSC3g1RojApbHySqdGwFq1SilV0B+V6yiarp0r4s"
    "y4q36uGoO2HA1dcsUtAeOG++JGNhlZl8ZQSTBx/iqZtAmu7vOL6TRpHAsSJ+RwvZVU0+9Q"
    "zacKy2v5frclaOf5OEzV0PujdJuWXg3mRbmq+j+8/lnPa9svggJuo6BPr/xKWVPNKujTj5"
    "HrEm6jshGLISIQQmNCKNvSJAENkQCc2yIV/aPDjqLRxluhnrDmCFQMzdLtMufaLkWqb7jE"
    "GZqpVQqh66+dR/PbPRU1tCfhyT/aIPPwb/Km6tJtewhXnU0xCwN/c+g5wsHLlQOuNYfau0"
    "AUOJ5DIYgCx8j1fKJAag6I9CRWEaImJrL6eJnB4iCR1cfL9ERW7FlUQmh81r/3yZRHux49"
    "dMetMXty0+//yloKbtI+6UTpKup953fVSwLIOxXc5fnyapbB8HOLIjf8ByVv3f7jGkU+Qr"
    "bAkwKrQPnZAu31ozgnTPpSGyKp8uQvuNDupSIk81ZUZdMGRogagfShve4WzlKXhj1CBLAX"
    "gH23ypLvUlFyoPRu6WYjKRT7ZHRpdy/Y7uLdGYXujPnH8cTwdwL3Pz0pbE4cwWWRfaH8Wp"
    "Oe7kPAxVQPxjAJOC8mapPFNEqSAq2AvIFSbX2l2KTyQtdsR8WWZQq02em7T5QKohvkNx/m"
    "iCU/v0Jk4F9f5Wk11TXKg5m6NhwiqIO1RRkcJwZeV57XqmM+Y4F7X5bLf4QMUu7umBOhPP"
    "PgiK6yQ7xk8FknAutg5PlplnGQr9eW13QvvoEhv1Ku6wTnQLAIlnjgAtsQWASB6/ksgs23"
    "U8VsIDvYPpiRI9owcctvNXzo9dhb+l+YhSN5b2IEBhH17BqFPlTEdlGxKLvmnA7fN7F9RY"
    "GtcWb7oOqw4Mwdrkiccd5emCs1WgQ5TzJ7nRg8LbyGmMPi32zEuviJ5W7nV4jYyCbLlf6G"
    "NF2PNGSUtih9fRld5nEG9P1QIcEWnPmrv0bV9PQHZ/5j5HqeM/+/1prhEEdguk81QIZJmp"
    "Rfq7wEKmvbMZfkryCGPArsL6N+L2X5jBPG5xKZOujfdIO161sTSgQhQyTbQhU3RsUmAusg"
    "bqFaLUw67CUTroRoQGSBQLd9wvmiWUSTzrMUpQJQs8VqCHIrJcgtsayWgOnA76ehoIa3ku"
    "2oetO6DFwtc7aeOl82HTYU4OhKWCU10N1anxNdZ1X9lBfMf0BCHZRoc7pVLTTfkKiY0eRU"
    "Dw0o3M7fKbvRK35cmOYzcqmRpjO55g3R9+oEz66RhixM30145cDpQjOesI0M01lQfiV1RC"
    "X2u0NpQf5O4Saa7lofpinHYPGuqYliTqq5POvPMjzrz3zP+nQVkYWnmJWHLJRnNUIK6oKq"
    "qAvSlEQVcWrpWyneLO6D7eunae3HhyWXSpsVmNi43IOyG5TdsI6Bshu4flBlt7FePooUAu"
    "knxQ1F486J53mOiefpp8TzRPjlMQekDVodHnrccUPI2yzUmTcIrtn9Ts/zKeIXE2P0c2cw"
    "4M5D7kUQ+B2K9k4LYGPB5HcPvVs3hNy9isto7xPUZq8feSl5VVuKs/PfkKf04oVJ4iYZmf"
    "7r/Pzi4tP5DxdXP368/PTp448/BNam5KMss9NN5zOzPEWYkjRFzYjNKx0UYoWAuDEBhwfm"
    "g70gqxUrEV1oSiSJYUoUZoVDF78iXIjSAQOKM6Dw3gAbQ2lMmK4tCxtTgd9H+mE4TFNlP+"
    "+CB+KLPI7T6X7TiVNQsGrPZlSEEZyL0x1BRLTgC1LcF+SR6HpBVghIgRM7eOVopIjWJUQG"
    "scTV0bAkFWsr7W3pxozOMdssBOUP0zcYIXEDkjPEFS/5NC9ZqpeE7gWcs8CP6L09MtL8iI"
    "Z0VRl22uN81ZmCwJeYXCBRnYlbBP1gm4aALVpld4Rp4PZS2w0zTwGrku3PbSZ6Zpih/een"
    "+azRbhnSvFbpk/ECI5a5CHFi5Bon0BN5wQYy1w7C2nSB3rBm/YSIYyPLfEW6OX1GzxivbK"
    "+5jVwuJv15Su99B68e9prk4E5VDPjNtysEvJFcXRtNKbEI6eZuYttrLDgmpEK7IWiM7ncn"
    "cKvkDZMWaxrZ/3KtQ/mjTXdzjTF9Xx16/iK8R+4ZE3ZtBC8Z8JKp04Gtpv4S4CVzjFzP4y"
    "UTLM35DwlhkiYZZUoLCV25URkq/5zANUMjFqNroNllL+owPzhEFu84HeCdD2/7eS0Ds9e8"
    "gehe5akfc5VePuYqUT1mRp6IowlysN6Ypo41I813J6CKofxIyWoIc5bFu9/vRvbWm048g/"
    "HD/Y0y/O6Mw04bESfFLE5/bTFfqRhhkzbBA3smQEaK8o8f4HJTgYENaUGq4IAQVjXR0/UL"
    "mclFBKTRN/Asc5nnoHiZfk68TBwTxXq+ItEC4p7qGDnQ6amDYf/2oc1K1l2jyMeyYwbiNp"
    "9c8QFXeeID4vqKUHzAVXwUTDXLInKzLkTSOH+QqzzT7Cp9ml0l66DRVs/MaU0+4ElA2jjA"
    "S4yQ32Du2VGkrBFhGnDBqU7+rvockSDfVKX8xALz5o6OYkFKg3qCutVTLLzwVS/lVDWnf/"
    "GMUxv/O0g5tRPCGSmn8vg47tMfxOPBicAbxH90utUXxLM2HcIRhPZMXviYsk3Lcb1QwMsD"
    "vDyqukTU1N4PXh7HyPU8Xh6ylnGwiEtaxPX1kwy+fvvG5ZnZi7Yl/M0SIKeX/Y2RNUCzlb"
    "Ui7aPu75QC82RaKXHj2/X2YfoqLyUnXN8+8vTuI65O/9IacV06/T8x7pVxq3uN+L+J0RoM"
    "WkOFfvYu6J02y/vTH3YUShT6MDFuO587nNa7qIZS3l4/ZvM2ZdmKkjVgRh1g9XrUbFzIGh"
    "8jBGP8DsZ4yH+x3/wXZKk9YXVtCTzX0iGOEBXCuGLKuyjEH3OtJh8zVpOPAssT/1JSSS1C"
    "JDv5khRbuTeaksc10R1i2B/Ya99DWbIXF5ONbkvCYXNDdEB/TV8qqK2/5hxrztoSBTRmgh"
    "0mOyDcwZ3a4h1S1iYQT89fFyGCMFLJMNKEyWbXsP+mmmv2Gv4fQy3dzhLCdYu5JczOvZpb"
    "wKwCZpVqTuWaKtjBrHKMXM9jVnnPQLgKKf3LD4MDe9We7VXkLyl8/faN0/h+zKeiydDQxK"
    "FdUiDoSU9KERamAYi3QkyBM+UCCnwCAHcruCuLTIvZK+KUYLAobLAApSIoueqm5BJlQJEM"
    "6IhQQfhBdvjBauPpW45Ld32B3e4tHxlZsuWDI8GMjlpCzto27afJKWtjeQaLA9XI5L771F"
    "x3WIZZbep914TaOvz4NEtnPbWWKtk0zpmz9qtFHAcbiBjIWWBk05fTn6wZttsL0mx+360K"
    "jYiDLDylY8X+CdHfo785ZGqz7LOseDRvaJmv/M2R1LX7eMnEoFdvaGXS34w0B31HmY96D9"
    "3u96fINhFfLujraQ9Im/I8vmhmunWtafev9BthtGLpdOdrw2BAn5zm0dWzMrF4xdrGy8f6"
    "SchFz0HDDxr+ai55NdX1gob/GLmeS8PvLb9FvJ992iorpZns1vpVYZlI2P+JMaJwdRX1vv"
    "P7Ndpc0/usrmm/p1LJ+1eejyTyefO83Wc043CT4BZt9XB/3xr+Q/3SUb7yJpHPE+NhMFK6"
    "XXX0c/9r7xqFPwXP2t1Om3+D6Ofg+eCBqbZGoRbBnfhJIp/6PZf2XaZwLrZemKLsmXKy8N"
    "CK9VHpIdbu90YP3XHLTXkT/hQMm2Cw8Hq6vyjtMS+myy6KMK18h/n1ysa6vhPPYl1U2N/1"
    "5K7f7fa/qg+DaxRcToz7FktK1GPphdRBt0WZFr/DuKfcdx7uafvPQypVMy5GblRjCs7wbL"
    "2iswdLeYRHqUrhX4WMuGe5YD7LwPksCbSfM01eERgmg+Qu4h1EDtQoFWAax9S26YulMQ1T"
    "AaYVKVPXGDQz1P+HrVJXTUQLF6nztXsnonW1BFRHm56aCWx0M8mBbXr21SLmKt4V/T8neo"
    "NBjh2Dco1gvh+VMoKDnpoJbnTrTsH2fdI7ce646W5PhDaczePTLBuOX2GXbAj2EH7wx8lK"
    "1/hA8bKI/lNg5PBz9hr4m6NqjoOXKwdsGYc6koEt43i02mDLOEau57FlpOWHHi3p5pDq6p"
    "aaGrrW/pwX55+uAic39iHLv2103+p2k05uM7oRys+gDVUDZ099Z0tykSziAg3OzyU4P+9W"
    "K+Jd6kOM2j8rtw9+zQUJS0tAeI2Cy4kxaHVYEQj6d2LctTr8sfu/kDXsPJdiP0Ovn6jsoR"
    "F9zaaa5F4SpmuM03QZW0lcLJLcUwTksLlUenPRNdtRsWWJ4pjSMxpGqRoQzJTF0r0kNNQ1"
    "OvZnKt2kiSBCb4vEGycuYY5VU3nWiCnGtFKyducNCUSfbIk+8XR+u+ryXRXlwOutnshuV+"
    "RvxlXx2BNPm7trPiC3l9ouTQfOA+ShJUoAtAFyqwb+EDUWQqafeCxBEKgIQQSgeK/+qlpT"
    "FSwo3o+R63kU77t4DdfCw/tWGfRHnTGrSMovJsZNq8u8gq+RdzEx7h663WvE/rIqqBTRbv"
    "de6Y1Z5EHwYWL0h7fK8Brxf9XQdYEaGJJ2vyP0+0zaXUNFe2mFmKNqdRaZ1G4ryq0blORd"
    "MkX8cNyhi9M/1KFy99Djj5P3JsbmqX9VZPEqP9DBwvSkPGPHhgKrmIC4MUr7A69lRWrPN7"
    "ze/F4GO2arv1RmuwhR02J69pI7cKoT5lRoYyqIClaUjM05TtgAA0Zsf86F90UG3hdJvD2j"
    "qbrEtq09CQZ3ur1IQNoAzA9tNFpppIjEHiIDQ1F1pPOkUibkHi1pL0pSQtBSrFyNJR/9Ga"
    "YBPCFM8cCWTYihKSOGRlyGPiXPpjSyfb+fZuIaXgFzoBrahkrANhZe1EyEkzt3Cs55LPOu"
    "omRHw/yQd1JDsf49DfPcbyTdOO+7lWwPkWMeGlCaB2zuYHOvlfUVbO7HyPU8NnfHpPt7Ib"
    "NHnBJMuGDCBRNueWrhVnvc+aLIWnBdqmvk/p8YoTyTofySVQyWmq5tx1xSea6QfUpM3QAt"
    "/gEsVf7hfknP4+asGP5ZfQAXctUae1+VZdW2g8boLCsKbDlKyzxqn3haneK6HzmVW12A33"
    "eF5illJJ6N6JdbYeUlLUxD1O40s1ozb6jil9yBGydu38glQZrOxKo3RF+hEzy7RhqyMH0N"
    "ecHWGyK0wfSZSi06ntFfhjRj5pWq4NUkFhTpD/GDy15esIO6in8P4YKevpGGaRpXAfUs18"
    "Z5lrFxnvkbZ7r6isMlgbjfvoFSVIl4h9X4U0ynUBFNUYwUVEVVURWlKQgTZ6n0DX+fu5hn"
    "9BHsWxtz0HbjRcj+BOYLMF+A+aLuqxOYL5rM9TzmC4g6A5NFVQ7bYLIoLepMHGVWRasFXV"
    "ptkUIxPdhgQ9EAvfihYwwgdumgFiHJtFARKrBFbMkMtUmMs6MtIn+uoooCuz0xVGRkSdsi"
    "9qmaaGGLTBcnAtWE9+Q0SzWhbdpURiORenAWzmvBodnjYHV10u6J+fzs8tPljxdXl8FBOb"
    "iTdT72z8LpCogXbImtjOlbVIikgSfj848f8+xRHz+m71HsWSzhyCql4myK1LeqfJHZKin5"
    "6Rsd4e70y6jfSxHvNiRxJQqZOujfSCd2jTcpEbgMjOwzbvw4GzsmsA5uROeEQ25m//k/XK"
    "4PJw=="
)
