from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "stripe_events" (
    "event_id" VARCHAR(100) NOT NULL PRIMARY KEY,
    "type" VARCHAR(100) NOT NULL,
    "received_at" TIMESTAMP NOT NULL
) /* Stripe events already applied: a redelivery is acknowledged and changes nothing. */;
        CREATE TABLE IF NOT EXISTS "payment_plans" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "total_amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(12) NOT NULL /* ACTIVE: ACTIVE\nCOMPLETED: COMPLETED\nFAILED: FAILED */,
    "customer_reference" VARCHAR(200) NOT NULL,
    "payment_method_reference" VARCHAR(200) NOT NULL,
    "session_id" CHAR(36) NOT NULL REFERENCES "sessions" ("id") ON DELETE RESTRICT
);
        CREATE TABLE IF NOT EXISTS "payment_installments" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "number" SMALLINT NOT NULL,
    "due_at" TIMESTAMP NOT NULL,
    "amount" BIGINT NOT NULL,
    "status" VARCHAR(12) NOT NULL /* SCHEDULED: SCHEDULED\nPAID: PAID\nFAILED: FAILED */,
    "failures" SMALLINT NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "last_error" TEXT NOT NULL,
    "claimed_until" TIMESTAMP,
    "plan_id" CHAR(36) NOT NULL REFERENCES "payment_plans" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_payment_ins_plan_id_1b2a93" UNIQUE ("plan_id", "number")
);
CREATE INDEX IF NOT EXISTS "idx_payment_ins_status_788e99" ON "payment_installments" ("status", "next_attempt_at");
        CREATE TABLE IF NOT EXISTS "payments" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "kind" VARCHAR(12) NOT NULL /* DEPOSIT: DEPOSIT\nBALANCE: BALANCE\nFULL: FULL\nINSTALLMENT: INSTALLMENT\nORDER: ORDER */,
    "amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(20) NOT NULL /* PENDING: PENDING\nFAILED: FAILED\nSUCCEEDED: SUCCEEDED\nPARTIALLY_REFUNDED: PARTIALLY_REFUNDED\nREFUNDED: REFUNDED */,
    "refunded_amount" BIGINT NOT NULL,
    "provider" VARCHAR(20) NOT NULL,
    "reference" VARCHAR(200) UNIQUE,
    "client_secret" VARCHAR(300) NOT NULL,
    "failure_message" TEXT NOT NULL,
    "paid_at" TIMESTAMP,
    "installment_id" CHAR(36) REFERENCES "payment_installments" ("id") ON DELETE RESTRICT,
    "order_id" CHAR(36) REFERENCES "shop_orders" ("id") ON DELETE RESTRICT,
    "session_id" CHAR(36) REFERENCES "sessions" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_payments_session_550ff9" ON "payments" ("session_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_payments_order_i_dd335c" ON "payments" ("order_id", "created_at");
        CREATE TABLE IF NOT EXISTS "payment_refunds" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(12) NOT NULL /* PENDING: PENDING\nSUCCEEDED: SUCCEEDED\nFAILED: FAILED */,
    "reason" TEXT NOT NULL,
    "reference" VARCHAR(200) UNIQUE,
    "payment_id" CHAR(36) NOT NULL REFERENCES "payments" ("id") ON DELETE RESTRICT
);
        ALTER TABLE "sessions" ADD "paid_amount" BIGINT NOT NULL DEFAULT 0;
        ALTER TABLE "sessions" ADD "payment_status" VARCHAR(16) NOT NULL DEFAULT 'UNPAID' /* UNPAID: UNPAID\nDEPOSIT_PAID: DEPOSIT_PAID\nPAID: PAID */;
        ;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "sessions" DROP COLUMN "paid_amount";
        ALTER TABLE "sessions" DROP COLUMN "payment_status";
        ;
        DROP TABLE IF EXISTS "payment_installments";
        DROP TABLE IF EXISTS "stripe_events";
        DROP TABLE IF EXISTS "payments";
        DROP TABLE IF EXISTS "payment_refunds";
        DROP TABLE IF EXISTS "payment_plans";"""


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
    "cz0xBj/3x/1rxP9NjFul2/miDFs3Xdpr6MPE+EqZP7xvDek3Ci5P8o3GqPv/ZR7v/8t05/"
    "/LuHn5GUuZ7r3m5QyC7Rvs4Yz2ueIqLjLiKi6ScRUQt7LfuBWb/CWqDJ/h9+NTNKkSxaEd"
    "fkzDYaYqjp3E4I7TNXCQn+Ua5GcZg/xMMMgX2vnHKxmkNxQNxPgqzw54lb4DXiV2wDrVtT"
    "nb71JSRrSQ+WpI+/6EacCjItujgmNVgjmv4Q4V4SG1gyHPMwia891UmPmzkNRFexnZorTl"
    "Ssfqknzb1eIy4j3dk2+NR0q1zbU1PSRedZnJ0YBH+nuspWY945n6RLdjbJFdMfvMu3lr6A"
    "hbLUzH3BGhAeujSSNKytQiMo6m49k38Nikf444E7CEXSpsURcYpmIG9+0JfhPG/u2lkVto"
    "pVkOmZKVZjh/s9ELwa+sdLGGvE7pPbfbD2jMKhUb7BpNWagQIjZ6xisHaTZtz2+5h6hIde"
    "TS3zAxvqOg23iG5qbFyyebzJZmI9NAmMohb8hzoTlFf2HLpO3oA9Yn/ULfI9ukPc00e/Fo"
    "0vHKvghlz9vE8LNr8ZY2K9D8SpwFJcXIG2WIjj3aOYvbZ1+QUvIvRHv1X2jnKt68ZkdNqN"
    "wMZr96bCM1NQCB2e8YuZ7H7OduMOpUHCebquGKkx1OzfXDvnjsqrnOzy4/Xf54cXUZ6LqC"
    "O1kKr6Sui+MjP5dCZBDIX515k1wuIdXvHsLu2GlQEtEQCcAJmZPfqwjT2gbN+3ZUQ5O1Ss"
    "moQ+oXgeYhqpzZrniI+c3nUTswb1pkLzTLlc+ZnO1J0YhK9exjKGoooi/4IFAx7NDbxJgY"
    "yjf6bfU33pA+/NOj/RNpxgz9GSL9k2kkbOx8QN472Uf/tVNKTE/M6DuHqzHYOJ0Yf7Jmf3"
    "5/yhQPrwsTLbU3NDNfDd3UZkzL4PrR22humUtXmUG/g/fduBZCC95AjDT9QkyZ8IcfROQt"
    "mITD/k+Wv3sWDaDaPAQFBCggqrnS1lQUBQXEMXI9jwIiWHQTPM/2sQnTNcllrww/m9C+Ji"
    "lNJSkhM0wUWz+dphyuUSrAFIpa7x1UdtSWRDREcthDayXBBE3Ku2hSQtLajtjmT/tQzVV1"
    "K7TRXWU7tDF5d0d45dKP1BTi5IFod8VVdI1OcsL3G8rJB6nkO5VcnLdyIbQx5XHY3UkZGM"
    "/BINAICtI0ZETK+7khVMttnlMrOCZ4hhyTq8HmxCD2gn623URWTI8XUot5arOfEM9dPEOv"
    "C2wgzX7Gs6R6sLxuIXy/AoeUU1CjHZFCBdRox8j1PGq0xofv//bQaf+q/vZAgeKVXqKfJ8"
    "Z9p9dRld/HSm/En0c/T4ye8lXtjEYPyjUKLuObY8qoiUUr5wpWzohVjgcZ8kOBZH29ME2V"
    "2VaKa9A+qmW9c32IqsF/RAUiKgf9PitE1LDyWH+g9CTP2ZzmGrG/E6PVG31VhqyYl39VZJ"
    "kvv5YXFOtomt2gmiqtHTH1VAHSlQ/CVIApFD7Ya+EDoXbb3iR53xHXxqeLj07X7dC+h72r"
    "ptDmMXe9j5erN6pH6+VSs95ORMlfoy1Os9Ta/hCyeWMCyWBBmwza5JNa6RVBm3yMXM+jTZ"
    "5TSOlPFygO0lWSYZpGKGYOrZK0HbyyVUd7xlKq4BjZATU177B/7UcXrFmOrRoYz7DgJPHL"
    "qN9LUSTE6OJrHJk66N9IJ7kKORRjweZc8bgmukMM+wN733scLRhO2ayJcyG2brEO4qwx6L"
    "BX+QiXmRJRKpgR8kvR+yqBKumkVIYOqJiXWKpiQ9ZRLLdao5IMKEWrUZ443Q6XKBQI05Hn"
    "p1midLh4H4jRIEaDGF0rgQrE6GPkeq7YRk8XLFvsIU7XCHH6AEUfwt9MQlyIkYG8IC0vUH"
    "AsqREeEDQA7FgRgjzj+ip9WF8lRvXjapmENjs42iMp5JpWMbtbiWHRFp5j5juGVZ0YzwKN"
    "QrqqR0AK2p7StT32Ck+JpvNAGWLhlNKzGarQFPoGLDKH9481X8gMW/RoI6yVnM6EJCXADw"
    "q4yivg3rtkRdWO62lKN0HCfNBUVltTuRmGIp+f8BjNcPeJTQpQUYKKElSUdVFWgYryGLme"
    "R0VZwwChgdK77fQ+S66pPtk18i4mxmDYbyujkXszuA5qNbMQouDyJN9A2XMMEQv6XPK55u"
    "UlEYTOsbkqnqdi6qz5WsO5mgE5m29x/xJZ6RaE2uJCbdjOLRsHlySFaLh4ZkLyTTYrYUAB"
    "EVsx/QuvwCirfgkTwfDcEgQXc4/ZMa4o7m1TT4i3h8Ql18EcgXF8XJYA8m6ZxmoCcWQWp2"
    "Qbiy27h4a2mkvu9nSFwXYjXXV5n3FxftFXgXIsVA82XTUWqT0LejHQi4FerC4aEtCLHSPX"
    "8+jFZF32wFVPzlXP1tdPMvj67cvB912NhDF/scs8/mKX6f5il3FotekU2zbFbiY1gmNkjQ"
    "P64jwH0Bfn6bm1zuNArzTbfjXp8XOh2QsZqBOEhcCumBRwgEVjtX7UyVTlFcBUbDAcBAff"
    "G9PUsWakQJ/SRYwDj7SPfS3cwZ3DHnxv+v1uZPO96cR1tg/3N8rwuzPOEtqIuPKZoL6MV7"
    "KtIA9E5AfE31+Cagu/bXIvx12mQVoXMA0k+PBKEbGWmvVckAlCepgIRRjg4G8C8Sx9B05S"
    "NvDgXn4oAv62IlTGKiALRymhtHl1RN+kxoPOCEtTVwuTtimSIVlMf7g8yT/sa3ZBkuRqLG"
    "xlJ0nGOuaqadVePy6JU0zbl94LrHZVXu1eCH6lbBSucqlLXJSoMUvb+dnlp8sfL64ugxUt"
    "uJO1kGVIiLLAJgkB3IT8V7HgoOouRhIePxuJQDefTElshcTgU5XpAPQe6ZorOnR3iRcSO6"
    "VEB2QZGB+Bf4pwFku7qoTU1UwC2jGEcMD6aNDIFoQPlufJ44Il8OMJUNzmxfOmbpi2V1ee"
    "P/wXch2XaTmqac1oy3+Cjw/4+FRzStfU2wN8fI6R63l8fJzFevloaERXn7GUei1B2EQdWy"
    "4D/kWGAf9CYMC3MNecSOIdIwO086EdnGfp+iSJuIAUUJdHvfAKk9kJcCInJ8jMEfhlpeoe"
    "g/ZNKulZmtZxgcnTQkaVuyEAPAV44hlx6PvU3SLwk70cMDB52PoqKd0xkmtE/0wM5bYz5q"
    "H33oV7hwXdu/8nRmswGPa/8Eqe3tVJgaXlLI/f51m63+dZwu9zTgW9tSXt7hMmAz8rCTef"
    "qblc6YRl89NECQ8yQU/QAvISyK/W1nSh2QW8bEN0gLgE4nPtxbSII/Dcz15bQmSAt5Qvba"
    "B6zX+yiRKBgToOKmRVOWBWFXC12ONI9q1CcsaXKBW4WsRApTvVEzE0XRLVGBnAmu1fEbIv"
    "7mj7D2VBqCewWy3/0Qm7PaOKPxRLAPcocqrEpu4OPhVTjR696GluuaNfRZv206HdNAj02A"
    "hlKdhLAKrPOmoaUvt0QumZDpmTaWpduMjz0yyXFCPU8hAeKRaekhXB7qkv5M4APingk1LR"
    "GV5T7wTwSTlGrufxSXmmkBa1Bfm0VbYPnwyG/V+UNn0+bo0fRipdFnufmYlHfD9Ixty66S"
    "rq6OHmvjMehxIzR29PjKHypTPq9HvqUPntgfKCNU3ei/a6MTOJ7k6MnvJVpXwdtT4r1yj0"
    "YWKMWMZo2nG737vrDO9ZF4lboVatXlvpdiOt/FubVvQ43P5ZuX2ItAvddH8j/RZDpa10vv"
    "g/MHRj0xfFcshMa+qo3+9teovc5mmwv3RulaHLNvbM40fibrjnh/av4R7px83Tu3632/+q"
    "Pgw2LYJbE+NrqzPudkZjtX93pwyvUfQz/T6tf9wrvXHoB8bvbNrctTrdcAv3cxEzYfnpYR"
    "zi6FIZeAKCKk/ggg4ee8kH82jOBPqNdDWz3x60zNJaZrbjFjiKhMggCrY6x47kadMvOSsn"
    "0UWpIOAtPmc8eVoS1TgdaLqrFQDbmMGaYT2I6IJ2VHE/2LiOB5i8yu34dN1uPvCWzRKgHW"
    "x6quWg3QpudIfJkev+HaKKawqtdBHCg2VkH3glZIea4/7QZEBntMVplho9KEhr8cb5NOkn"
    "LeTT/c1GbvwJckyHNj5Fz3jloMc3NPqti4gx9SoN00uEtenCa03J6CsMW+Pa5w9xmbT0F0"
    "yMidFC/Fcjc44IbW++GtfI1l7oG5HGXjcn9KGFX5mrmI0wKwEV3HY3ylP0uiD0Fa/mWp+h"
    "1dqZGIyniM4W2sb9fojMkbPAb4gVkZqxSwvz3wcZ7CuwqZ+CJeGIdMpgSThGruexJHgxk7"
    "JegXEy8AmM+wS6xwjVXi9lYI0QAagJP2xHs2z1TALREAXAKYbzXBrOc4AzHc4LaTgvAM50"
    "OC+l4bwEONPh/CgN50eAUxj05usLpG0hYbLDCqf1UC/LaJOS/Egyo2/gsUn/5FeW8o4Grs"
    "ajrpzIozMNj8Qcmr2dtHVDLjGcCLR03pPTLO2cK28cwr01PI7C3q2nKPrMCnSKWa0WWF/N"
    "1/pGUAKHWVBzgcID1FzA9cOquYLVOsrx0VLT9S3qmMOef/fJX/cIfHH+6So4/bIPWQff0X"
    "2r202efsWVdNJ96g5fP6dBPnX2in4DgY9oOtxhmiZUDXwfzGeFtok4LXg0VmdfSB4HEgf0"
    "nLqRBB1oSBIJmfQCXo0RInBprLzSqRGwVq1UShX0R+U6iqZr54o4M+6qn6vGoC1HQ5dccU"
    "vAuOG+uJFNRtalMVQTTJzASiZvgqv7/GI6TRrHgsQJOVxvJdX0O5TzqcLyWr7fbQnaeT4O"
    "UzX0/ijdpqVXg3lRrqr+D69/1vPa9quggNso6NMrv1LWVLMK+vRj5LqE26hsxGKICITQmB"
    "DKtjRJQEMkAOe2SEX/6LCjaLTxVqgnrDkCFUOzdLvMubZLkeobLnGGZmqVQuj6a+fR/HZP"
    "RQ3tSXjyjzbIPPybvKm6dNsewlVnU83CwN8ceo5w8HLlgGvNofYuEAWO51AIosAxcj2fKJ"
    "CaAyI9iVWEqImJrD5eZrA4SGT18TI9kRV7FpUQGp/1730y5dGuRw/dcWvMntz0+7+yloKb"
    "tE86UbqKet/5XfWSAPJOBXd5vryaZTD83KLIDf9ByVu3/7hGkY/1zhZ4UmAGl5/pz14/iv"
    "O5pC+TIZIqT9yCi+ReyjkyT0NVNuVfhKgRSB/aY27hLHVp2CNEAHsB2HcrC/ku5SAHSu+W"
    "bhSSAq1PRjcR94LtDN6dUejOmH8cTww/52vxXK/ll4T0NBQCfqX6GYZJwMUwUUIspveRFD"
    "sF5A2UPesrayZVDLpmOyq2LFOgc07fZ6JUEIMgv80wdyn5+RUiAy/4Kk+rqa5RHszUteEQ"
    "QbmqLSrbODHwuvK8Vh3zGQuc8LIc8yNkkBh3x8wF5RnxRnSVHeIlg886EdjwIs9Ps0x4fL"
    "22vKZ78eALeX9yjSS48IHdrsQDF1hwwG4HXM9nt2u+NSlmqdjBQsFMEdGGiVt+q+FDr8fe"
    "0v/C7BDJexMjMFuoZ9co9KEiVoqKxcI153T4vunnKwpsjfPPB8WBBWfucOHgjPP2wlyp0V"
    "rFeVLO68Tgyds1xNwK/2Yj1sVPLMM6v0LERjZZrvQ3pOl6pCGjtEVJ5svoMo/Lnu8tCmmw"
    "4Mxf/TWqpqc/OPMfI9fznPn/tdYMhzgCI32qATJM0qQsWOWlOVnbjrkkfwWR3lFgfxn1ey"
    "nLZ5wwPpfI1EH/phusXd/KTSIIGSLZFqq4MSo2EVgHcQvVamHSYS+ZFiVEAyILhKPtE84X"
    "zSKadDakKBWAmi1WQyhaKaFoiWW1BEwHfj8NBTW8lWxH1ZvWZeBqmbP11Pmy6bChAEdXwi"
    "qpge7W+pzoOqu9p7xg/gMS6qBEm9OtaqH5hkTFjCanemhA4Xb+TtmNXvHjwjSfkUuNNJ3J"
    "NW+IvlcneHaNNGRh+m7C6/tNF5rxhG1kmM6C8iupIyqx3x0KAPJ3CjfRdCf6ME05Bot3TS"
    "AUc1LN5UN/luFDf+b70KeriCw8xayIY6FsqBFSUBdURV2QpiSqiFNL30rxZnEfbF8/TWs/"
    "Piy5VNqsDMTGuR6U3aDshnUMlN3A9YMqu4318lGkEEg/KW4oGndOPM9zTDxPPyWeJwItjz"
    "n0bNDqMGch+pc7ErVZQDJvEFyz+52e51PELybG6OfOYMCdh9yLIDw7FJPNA9I3ge2hgPah"
    "cvfQu3UDvd2ruIz2PkFt9vqRF3xXtaU4h/4NeUovMZgkbpKR6b/Ozy8uPp3/cHH148fLT5"
    "8+/vhDYG1KPsoyO910PjPLU4QpSVPUjNi8HkEhVgiIGxNweGA+2AuyWrFCzoWmRJIYpkRh"
    "Vjh08SvChSgdMKA4AwrvDbAxlMaE6dqysDEV+H2kH4bDNFX28y54IL7I4zid7jedOAUFq/"
    "ZsRkUYwbk43RFERAu+IMV9QR6JrhdkhYAUOLGDV45GimhdQmQQS1wdDUtSsbbS3pZuzOgc"
    "s81CUKQwfYMREjcgOUNc8ZJP85KleknoXsA5C/yI3tsjI82PaEhXlWGnPc5XQykIfInJBR"
    "I1lLhF0A+2aQjYolV2R5gGbi+13TDzlJkq2f7cZqJnhhnaf36azxrtFgvNa5U+GS8wYpmL"
    "ECdGrnECPZEXbCBz7SCsTRfoDWvWT4g4NrLMV6Sb02f0jPHK9prbyOVi0p+n9N538Ophr0"
    "kO7lTFgN98u0LAG8nVtdGUEouQbu4mtr3GgmNCKrQbgsbofncCt0reMGmxppH9L9c6lD/a"
    "dDfXGNP31aHnL8J75J4xYddG8JIBL5k6Hdhq6i8BXjLHyPU8XjLB0pz/kBAmaZJRprSQ0J"
    "UblaHyzwlcMzRiMboGml32og7zg0Nk8Y7TAd758Laf1zIwe80biO5VniovV+lFXq4SNV5m"
    "5Ik4miAH641p6lgz0nx3AqoYyo+UrIYwZ1m8+/1uZG+96cQzGD/c3yjD78447LQRcVLM4v"
    "TXFvOVihE2aRM8sGcCZKQo//gBLjcVGNiQFqQKDghhVRM9Xb+QmVxEQBp9A88yl3kOipfp"
    "58TLxDFRrOcrEi0g7qmOkQOdnjoY9m8f2qyw3DWKfCw7ZiBu88kVH3CVJz4grq8IxQdcxU"
    "fBVLMsIjfrQiSN8we5yjPNrtKn2VWy4hlt9cyc1uQDngSkjQO8xAj5DeaeHUXKGhGmARcc"
    "yN+1X0Ah4dT+HcUC++aOnmJBToN6grrVVSy88kHOqb3nnNp44EHSqZ0Qzkg6lcfLcZ8eIR"
    "4PTgT+IP6j063eIJ696RCuILRn8sLHlG1ajuuHAn4e4OdR1SWiphZ/8PM4Rq7n8fOQtY2D"
    "TVzSJq6vn2Tw9ds3LtPMXvQt4W+WADm98G+MrAG6rawVaR+Vf6cUmCfTSokc3665D9NXeS"
    "k54Rr3kad5H3GF+pfWiGvT6f+Jca+MW91rxP9NjNZg0Boq9LN3Qe+0Weaf/rCjUKLQh4lx"
    "2/nc4bTeRTXU8vb6MZu3KctWlKwBM+oAq9ejZuNC9vgYIZjjdzDHQwaM/WbAIEvtCatrS+"
    "C7lg5xhKgQxhVzcIhC/DHXavIxYzX5KLA98S8lldYiRLKTN0mxlXujKXlcE90hhv2BvfY9"
    "lCV7cTLZ6LYkXDY3RAf02PSlgtp6bM6x5qwtUUhjJthhsgPCHdypLd4hZW0C8fQMdhEiCC"
    "SVDCRNmGx2DfxvqrlmrwkAYqil21lCuG4xt4TZuVdzC5hVwKxSzalcUwU7mFWOket5zCrv"
    "GQpXIaV/+YFwYK/as72K/CWFr9++cRrfj/lUNBkamji0SwoEPelJKcLCNADxVogpcKZcSI"
    "FPAOBuBXdlkWkxe0WcEgwWhQ0WoFQEJVfdlFyiHCiSIR0RKog/yI4/WG08fctx6a4vsNu9"
    "5SMjS7aAcCSc0VFLyFrbpv00OWltLNNgcaAamd53n5rrDssxq02975pQW4cfn2bprKfWUi"
    "Wbxjmz1n61iONgAxEDOQuMbPpy+pM1w3Z7QZrN77t1oRFxkIWndKzYPyH6e/Q3h0xtln+W"
    "lY/mDS3zlb85krx2Hy+ZGPTqDa1M+puR5qDvKPNR76Hb/f4U2SbiywV9Pe0BaVOeyRfNTL"
    "eyNe3+lX4jjFYsoe58bRgM6JPTPLp6VigWr1jbeAFZPw256Dlo+EHDX80lr6a6XtDwHyPX"
    "c2n4veW3iPezT1tlpTST3Vq/KiwXCfs/MUYUrq6i3nd+v0aba3qfVTbt91Qqef/KM5JEPm"
    "+et/uMZhxuEtyirR7u71vDf6hfOspX3iTyeWI8DEZKt6uOfu5/7V2j8KfgWbvbafNvEP0c"
    "PB88MNXWKNQiuBM/SeRTv+fSvsuUzsXWC1OUPVNOFh5asT4qPcTa/d7ooTtuuUlvwp+CYR"
    "MMFl5R9xelPebldNlFEaaV7zC/XtlY13fiWayLCvu7ntz1u93+V/VhcI2Cy4lx32JpiXos"
    "wZA66LYo0+J3GPeU+87DPW3/eUilasbFyI1qTMEZnq1XdPZgKY/wKFUp/KuQEfcsF8xnGT"
    "ifJYH2s6bJKwLDZDuIKBVzEC8nu4u/+suBGqUCTOOY2jZ9sTSmYSrAtCKF6hqDZob6/7B1"
    "6qqJaOEydb5270S0rpaA6mjTUzOBjW4mObBNz79axFzFu6L/50RvMMixY1CuEcz3o1JGcN"
    "BTM8GNbt0p2L5PeifOHTfh7YnQhrN5fJplw/Fr7JINwR7CD/44WekaHyheHtF/CowcftZe"
    "A39zVM1x8HLlgC3jUEcysGUcj1YbbBnHyPU8toy0DNGjJd0cUl3dUpND19qf8+L801Xg5M"
    "Y+ZPm3je5b3W7SyW1GN0L5GbShauDsqe9sSS6SRVygwfm5BOfn3apFvEuFiFH7Z+X2wa+6"
    "IGFpCQivUXA5MQatDisDQf9OjLtWhz92/xeyhp3nUuxn6PUTtT00oq/ZVJPcS8J0jXGaLm"
    "MriYtFknuKgBw2l0pvLrpmOyq2LFEcU3pGwyhVA4KZsli6l4SGukbH/kylmzQRROhtkXjj"
    "xCXMsWoqzxoxxZhWStbuvCGB6JMt0Seezm9XXb6rohx4vdUT2e2K/M24Kh574mlzd80H5P"
    "ZS26XpwHmAPLRECYA2QG7VwB+ixkLI9BOPJQgCFSGIABTv1V9Va6qCBcX7MXI9j+J9F6/h"
    "Wnh43yqD/qgzZjVJ+cXEuGl1mVfwNfIuJsbdQ7d7jdhfVgeVItrt3iu9MYs8CD5MjP7wVh"
    "leI/6vGrouUAND0u53hH6fSbtrqGgvrRRzVK3OIpPabUW5dYOSvEumiB+OO3Rx+oc6VO4e"
    "evxx8t7E2Dz1r4osXuUHOliYnpRn7NhQYBUTEDdGaX/gtaxI9fmGV5zfy2DHbPWXymwXIW"
    "paTM9ecgdOdcKcCm1MBVHBipKxOccJG2DAiO3PufC+yMD7Iom3ZzRVl9i2tSfB4E63FwlI"
    "G4D5oY1GK40UkdhDZGAoqo50nlTKhNyjJe1FSUoIWoqVq7Hkoz/DNIAnhCke2LIJMTRlxN"
    "CIy9Cn5NmURrbv99NMXMMrYA5UQ9tQCdjGwouaiXBy507BOY9l3lWU7GiYH/JOaijWv6dh"
    "nvuNpBvnfbeS7SFyzEMDSvOAzR1s7rWyvoLN/Ri5nsfm7ph0fy9k9ohTggkXTLhgwi1PLd"
    "xqjztfFFkLrkt1jdz/EyOUZzKUX7KKwVLTte2YSyrPFbJPiakboMU/gKXKP9wv6XncnBXD"
    "P6sP4EKuWmPvq7Ks2nbQGJ1lRYEtR2mZR+0TT6tTXPcjp3KrC/D7rtA8pYzEsxH9ciusvK"
    "SFaYjanWZWa+YNVfySO3DjxO0buSRI05lY9YboK3SCZ9dIQxamryEv2HpDhDaYPlOpRccz"
    "+suQZsy8UhW8msSCIv0hfnDZywt2UFfx7yFc0NM30jBN4yqgnuXaOM8yNs4zf+NMV19xuC"
    "QQ99s3UIoqEe+wGn+K6RQqoimKkYKqqCqqojQFYeIslb7h73MX84w+gn1rYw7abrwI2Z/A"
    "fAHmCzBf1H11AvNFk7mex3wBUWdgsqjKYRtMFqVFnYmjzKpotaBLqy1SKKYHG2woGqAXP3"
    "SMAcQuHdQiJJkWKkIFtogtmaE2iXF2tEXkz1VUUWC3J4aKjCxpW8Q+VRMtbJHp4kSgmvCe"
    "nGapJrRNm8poJFIPzsJ5LTg0exysrk7aPTGfn11+uvzx4uoyOCgHd7LOx/5ZOF0B8YItsZ"
    "UxfYsKkTTwZHz+8WOePerjx/Q9ij2LJRxZpVScTZH6VpUvMlslJT99oyPcnX4Z9Xsp4t2G"
    "JK5EIVMH/RvpxK7xJiUCl4GRfcaNH2djxwTWwY3onHDIzew//wfvQPDj"
)
