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
        ALTER TABLE "sessions" ADD "payment_status" VARCHAR(16) NOT NULL DEFAULT 'UNPAID' /* UNPAID: UNPAID\nDEPOSIT_PAID: DEPOSIT_PAID\nPAID: PAID */;
        ALTER TABLE "sessions" ADD "paid_amount" BIGINT NOT NULL DEFAULT 0;
        ;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "sessions" DROP COLUMN "payment_status";
        ALTER TABLE "sessions" DROP COLUMN "paid_amount";
        ;
        DROP TABLE IF EXISTS "payment_refunds";
        DROP TABLE IF EXISTS "payments";
        DROP TABLE IF EXISTS "payment_plans";
        DROP TABLE IF EXISTS "payment_installments";
        DROP TABLE IF EXISTS "stripe_events";"""


MODELS_STATE = (
    "eJztXW1z4ji2/iuqfNmZqmxX57VnM7duFSGkh5kEGCDds3eY8jgggm6Mzdom6czd/e9Xkl"
    "/wi2ws2xDbnC+JsX1keI4s6TznRf93tDRmWLM+tKZTbFlj4xnrR1fo/450dYnpgejyMTpS"
    "V6vNRXbCVh81fr/Kb1Rsdie/oj5atqlObXpxrmoWpqdm2JqaZGUTgz3rqKUjY6X+a43RI1"
    "ZNbCIu/CMydO0NEdtCo59afz+9uEQz8oQtGxELWbZh4tkxsgykIg2rz+jJVHV6q27YC6I/"
    "fWBPnhlT+mj6aZcPWeuENkp/7xO2F9ikj/r9D3qa6DP8DVvex9WzMidYm4WgJTPWAD+v2G"
    "8rfu7hoXtzy+9kP+BRmRraeqlv7l692QtD929fr8nsA5Nh156wjk3VxrMA1Ppa01zVeKec"
    "b0xP2OYa+191tjkxw3N1rTGFHf3XfK1PmZ4QfxL7c/7f7lcL3KYovf5YGXXGinIU0y/7Ch"
    "FtuKemhs76BqGYMmD+47S7AYSfPWIPaP/UGn53dvk9h8Cw7CeTX+RwHf2HC6q26ohy0Dco"
    "T03MMFFUO472Db1ikyUWIx6WjCA/c0U/eAd5NOCd2Khg84p44Hrw7QDwI/oDZ336Ari6T1"
    "HAuHvfGY1b9wP2uKVl/Uvj+LXGHXbllJ99i5z9ztGXQd9+Z2zwG0Ffu+OfEPuI/qff60S1"
    "6t83/p8j9p3UtW0ouvGqqLNAN/XOeqjROzdaX69mObUelgStV0XrHkYBtbvffqN1PqYrC9"
    "VaxLXeXqimWONhqYjGKXK7GVt3qeGl+k3RsP5kL+jHy/MUDX9pDfnYenke0VrPvXLKL/0n"
    "BDP+tiJUaTlerrBkA1+u+r5M8THUxC/0zcgzhoYlS1Cz+/aAlsvX8trCpiK3FA2IlLkera"
    "5Styw/2Qp//ixcfTKo4tDeUsOCPOm/4DcOcJd+D1WfYgGgrvn14DZTT0g3Zzevsqm++iZR"
    "sEPR305/MbadObs1arduOkcc4Ud1+vyqmjMlBDW7YpwakTP+vfFLy9Nl9Iyqq08cHPYr2H"
    "cOoi4whj1tJFvB7Adls36TsQTLsgKv9jFYlgdkY4BleYhaz2JZ4qVKNBmj0hdonD15epHF"
    "oKR3JVqU/FrYpFyplvVq0Alb1niPCZaD93u/SRHELzIhfpGC+EUU8TkxLVvhnyTgDks1EO"
    "uTjx8zYE3vSsSaXwtjrak5oA4JAdLZkF5RlKRQ9gVyIVwxXiIM8NlpBnzPThPhZZfC6JqG"
    "lgBuR18vY7ZsmBNyZffXk4/ad91ObyxpVLhSV8j5P9EHw/6X7k1neIW8o4neurnv9q4Q/x"
    "d1NWbq+5dZun50vRPo+ZcxTpatN5QXbBLapMD8uzYo/qqeslgJCUe09Eild6Um/8x+Db/r"
    "fv8utPi87o4jcD/cX3eoGrgW6E3EISW6tEuFsV+q5jNds+tPnOnAusAySIVfKA8akNDA0x"
    "pbsqj7MoC0BNIOOZfH/A1LglOgOtauQ3LEWOxk0nXTHWLhPpEX0BW//WWINZUjGte9OMSo"
    "ZmvbJKo79PJY9AfSdgsCNXJaaSpIryqxNSIcziVA+uq20tFt862pUE0XRJuZzvuSH6o2a6"
    "WpEC3py6I+4YKv3L3TSlNBWpnG/+KpXRCkgdNKU0GaE61oNxrxiNJbojW2J9kL5gNQLJv+"
    "roJgjXlTI9ZSU9GaG5pGF2brVUGobnk7D6sh/pdn1DQRLt2wyZxMORgFEesFmmoqXCZ+If"
    "i1IFBD3kizIVJejMKjlYPTF6O5g9VUNW2F2HhZEKk2badLm2kqToY5c4N/8mPUZ200CSCp"
    "MK3QwvSFUCgUejAnIueDh2pfx2OD/sm0TOVtDjZN1pJoEoMsEd4WBUIQ6SbAKjnoLaosCI"
    "CDADgIgKtVKBQEwB2i1rMEwM2ItdLUN+kolqhcEwNZTjMFspymBLKcxgJZHokRh3mMv9li"
    "mN3b9xhc8Q5T1bjz2zj0ungIfnff+u370Ctz1+999m4PIN6+619HgH7DqmkpxlzB31bYJN"
    "iNXQkD39UTcE+QjuiB6DvjZD7uqos/sW/w99OT80/nP5xdnv9Ab+Hf0j/zKUVTcb8xG9H/"
    "kozNCsrssWc/jNu76ty7zsyk4/2KhZAolqYqS6KvhbxGYm9OEt9fdz45P69Lj56qVJEz1V"
    "TyZR0niJcShlihaPHy+3h1EhbfFeYS0xWzBHpYKzwlqmaTokSpRymM3AYb65ynfe6FTAu7"
    "DJ1WmgqS+qIS+gOIRuw3xXjBpkn7RtFAokCbfbfJg8DvlX5To6jDJ4jeV95gU7GDaKwMIE"
    "FoCHhay3P6bCuM4HlxdlwWoQoLt5KLIiThTGFhXyaxZ8r7zYZ+i4ftNtssYFMcZ6FVbgbX"
    "WWSZvb14IlUdMo1XtMIm8oTfeM3CP71Gre/8C1ff/8kqG6o6cpWA/tcgOjJ0hOlC6Q0xV8"
    "+jauF4/cQdPkfg5/vdR4TdwLH9A3x/4PurxXxYUy8Q+P4OUetZfH+yPr9d+/rekc3M4um7"
    "THb0XcYT1g2LeOuujCx9UAQcTVFa3l9Kya0DImJQ1y69rl1weRaGWLq2nXw8XkUR3mrRRf"
    "pYlUrdeTSzwJQJMNDJBkyQ7C435C9sClja+glMATAFajIy1HRRCKbAIWo9iynwTCEVmwLb"
    "KwB5slUOATxq93ujh7txa9zt965Q8NNEH3VGI37aPeC1gX7utMe8NBA7iNJmmcIHS68FVD"
    "V7rWmxmXwRIoGvd38T8T3PhO95Cr7nMXyD3ywGc3IMbEQMYmGlY2Gna9PE+vRNpnMHZRrY"
    "wc8ydO+z5BJ68a7Nv60yW5vc3ZYjSDOtif3RQbtUQMmMEMWnCN5J4oC1sBTet0JYJ4gD1g"
    "KsVV48Yrq2bGPpoxYHO7UIXmIbUBRPoiieOrXJiyg5ORV6X2iPWHsEVG2hXpl4SdZLSawD"
    "UtCxJdAm+lRbz/BMYRFuCcGSoyUdRBJHdHEL+xvPT3c7mJ+dfrr0x3H2IW0IH9237u7iID"
    "+u53NsKo94bpg4x6SZKA/OwQSo1blN/+ZGOiYOQIvW3Kxc0zRPhxYL7zEJ7bQuMC8Mk/zF"
    "/IjqmwzAUbH9QfuPuiBraYat0Max+aJqOfpwovz+sD6rC9YzlWhvikaWROBLSuZBwlK5cK"
    "1YiHLpnRirosyN5E7r3b/HsbYmUE6ZS0tzYuSVlaEREUv686jfS8r2FYpHnZ9kaqN/I6/6"
    "8U646k3AweOaaDbRrQ/see8Rc8DgSuewo3T1cdihyRqIctgQ/wXxX82M/wol9ZSUVzxscH"
    "VdyO/MABJU288M1YoCUryUvPviDZzGGosVpA1nzYktPYiXj+nJgbzekL81mFfxp5ntaYjj"
    "BUYrkwohY44Mnf2bYxPPkOdT+hHZ9BYL2+wG3jBLEAyciwpY8RzEXT1EGHVsbcKeYx5JCE"
    "CGAOR6jEM1DUWFAORD1HqWAOQigVMQWJIxsGRprIWbWJKnRHA3Mk2C9B+np2dnn04/nl3+"
    "cHH+6dPFDx99bOOX0kC+7n7u9iJeeBFf6yy85JYNYSlgrtKZq8C6riBx1bzSbMcRwircs6"
    "qUryis8SaweZJqwSUbP8kV6bIVY9GMqaqxAieYGh6qjWaE2RwWmpvGkpsirxg/X6GpZljU"
    "EPlON5Bbtu17ZJjIicTzTonLsJT+hK1ZlzP1DWwesHlqMrrVdPULNs8haj2TzaMKfM1M3U"
    "mBEULfclDHNdRvij6ZjiIr6cRSqMku+oAIuOVDb0YZbnnd3Rkvc06qe38DsvjCCWWnH7Nk"
    "TNK7EpPK+DUIeoCghyogXOeiN4JS11tMyE1B7IwGZGBS2W4+trjlpr0hY4V1ij1SLdfYe1"
    "U17e/UoJs+IzaHW7zwJrGRs4Gw4+JiO6UgdWoaloVuRuO47Vh+87BDXwUGrGOwEg/IXgAr"
    "8RC1nsVKZIO70FJMT9ALiDXJc1NGYh5dxJm26y2UhTUqC9iGscX6LCeyYUnANWoJ8rQ5+v"
    "XISiMiW+UGTwkFOMkijItHpwFH/oPbzq7g3lViSBqP1Gl3KarfXRyfRjKjPbM8XqsILG+w"
    "vMHylo9UdYLqhVGqfrx9WoTqJrR/pzvMR6rP8kmdLo7pXb8fTekA6Uw3m/Ng74K9W81Ro6"
    "aWD9i7h6j1LPauP+hK6jwo10CN11fD8RebmXryCt5IgXorrd5H5nGgoy9/I2W1HBMGZddC"
    "2VhUQDybqrGwfjgoulqK5pVvnrFUEeGgTAOLCO+mCrmt2mtBhFO2Yvwb6T1G2Aw7vz7Q/t"
    "W5kbQqN4JXyD+c6O1+77Y7vGdn/cOJ3u0pg2H/87AzGl2hwAd2//3grjN27ncP6dlWr925"
    "u+NnvcOJ3usro5/6X6+Qe3CUR+2lV/ZPKOizxRXRuKo+5RHleVKdopJNckHsOeEJCs7vuu"
    "A8i6MUjBjJuyj4Ag2IvExbVu1i/wR3/2PFxPTHW6KROhl3kSyoQFoFKxOvVDfPV7rvC4VB"
    "CfL7iDjV7vIR8RHZEqy9ilV5bJKxF6praGLVktuyJ0E81ytXIy3v4p0z8Xytz5QVNqdYtK"
    "JNtxHi0g2qp1qKuaCSWT5rISzYmFLhe7YUVurbkvZMpRjrEW9lj7P7Q2/Q6kpTH47UFXL+"
    "T/SbzqA/6o4V52zw00R3zvlPeXe6womQkAyNCglBYFTsPeB1A2XDzUJSBUCt2ABfEqYQw7"
    "cLWKGaDQRG1i4wckhNomG3PT4SdeUSUD7ookFicDdxlAWxfbBwHfnfrMCGFkYZcF1tSgyX"
    "02mz1yyu5jJh+8AQWiYlQJwcMR3o0guizUws2o1RvvR4mzXWoH4dXXvttVB0TXpmCCMnDV"
    "tZrwqidMvbeVgNHRdDQ9F6UjUNm6RonfbPvJnGFrNn+6vNydSpgl0MqV6gqYb2KZc3KjpK"
    "Oa00GyNlpalFe5QL1IC21KT3TyqjKmB8rJdL1RTESHiQ9nU8NuifzCuK0abFBnZEdpU+NW"
    "k7bGnQ2pH2GggZ25wXv5YB1tBvqSEwSWY2hnfCEeQ3xrbKSc5y9PbmUehY6C1oys12DG1z"
    "sbHDRfVewztiOAUjXDcKZD3ug1iFrMfDyX+DrMdD1Log4gZqwcrW8IjXgq1hosTXVnfc7X"
    "2WnIY8sSvkHkz0/u1tZ8hSG9yDiX7d7//CTjj/J/pd53Z8hdjfo2zv1o5jBvgWXflSAiOi"
    "EDlYnXEsPn05ysqRDRgSBB3XQMffVoQ2mmOhIpIHjVdZ4xDxBWE0VQU1JYwG4jvK3RQKwj"
    "vKDO9452JtTvyBgMr0AxOSKcxgIESWAuj8frRyQtCQ8arjGXp8QypaqbQV+28WUqdTFkv/"
    "I9LxCzbRC7EIfRayDaTqb6xGOf0KGD2ubUT703wuKoO+m4dAMfQKjPHHQJMeEGEGNOkhaj"
    "0LTTonpmUr/FNM68mlBcJSDSwucJJp86GTlM2HTuKbD2lqDqhDQoB0NqQfiWkvFI+0z+oD"
    "CEsVdAXUhzsReAJWJp5j0+RV4940qf4qEG1AYYA99FkOl3wphohYA7B+z2IkxMQJ8YvZCp"
    "IE5UEV0qpwTPk8a9CwJHDf1Vlyxi0Nhz2Qzsw1gfvOnO3IwQIqcXsek5mfSgyy4ptdFiCL"
    "qVA0tyTlGkm4E26TEU3JS9stw2Hs3fS2zLtRzsk3xoyu9RmjSedIRW6PQG6LV4jYFiNQkb"
    "OGRKrOeFV65Zgfvi5Um+0jSfSptqbNi8jY3TwEyNgKjOTHQMYeEC0HZOwhaj0LGSvLDQIt"
    "KEexBL9ZDOZkAz8iBna9vF2/douFOvtRChbKiWXhRKJNKiR9enL+6fyHs8tzvyqcfyatGB"
    "zU6c4G756r77ExLLmmRXppyahsYyogllFW0jNauFeBPTPeww1Dw6qeYH0IxCP4PlL5XQHs"
    "n9nvWH7d79+FxvLrbnSwfri/7tB5NLKNq7hjG2t7TmzaR1X9STSGb+/e8Ragk8c7+UxZLQ"
    "zbkEZYIA7wisYQOuEJ58hMI4gvDOOHxPjBUVMs8pekMzko1YCFd9jIybTbUcpmR/G9jtSp"
    "TV4EEKd27Y3QHru0R9bVtkdDugGkG1TJl5Ul3WDvzqwMeFfT0b5vN1bA9Sd0YoVdg1s3fF"
    "ek8gmSwUkoheLrlj8mVgIFXEbgMqrmYFpT5wG4jA5R61lcRtRCSqh5l7biD0iBFSuz5nfY"
    "w3z71glkG2DR7tuVxFccsnnzARkwuWJ2rLNilLVjg1IA6jY71l8xF7Zjs9pVFQU2gx0b7F"
    "kZ0uY9o6ggsk2Lu4ziGhwEpSv279L4vcEaeaGIO/DGbN/g5eM009etkM9+mSeQMYKzr2O0"
    "UKn6Zn8nOqKyPKzSmCNq86JXw3z+EbEMeAuptq1OFyy9ndj0ommsnxb8pvVKM9QZWqn2Ih"
    "67WX7zQrN8tant7z4DDHMwzGsyitXURAPD/BC1nsUw94bgmMrTffgBsSaFYZXhvpdOjYWk"
    "2AJJsfWrBTt6uL7vjscd6Z1jfcEr5B9O9NZgMOx/YSe9o4k+7Hzpjrr9njLs/PpARwh2NX"
    "4uugB8n1CAOcYztkCXeWOCMvDSSL80j8QBQmHbRIhH/1RaVigPBK1UmJFjA0pvUBuQAjJr"
    "61aqnp1ZkHLJvhtdRYHNsoNqoGflD8pwmIESttZq+Q1lQB1CM6wP99iyElKLvUvHWVippX"
    "PzDvamiXA8ISIowBvA5jNA/lR0NK0pDQDkzyFqPQv582jMBCEZyXaXd38jEnn3bXXBmn8n"
    "UQH025vSQQEBIYAUzKh9mlHx3lsCtA2vfxV6YaWDAsA8rYB5ygIHbEMXG6j+xeNMJqp3++"
    "6NVLBFwRat5tBZU6sEbNFD1HoWW9QmtlwFb1+gEdZo1M2azc+a5miNl5Wic51srfmgzEFv"
    "Ojuj64089Z43YlDsuTqjT3zSAXYGqIQqmbzFPLK7NOU87AWGXEAtW824fXgYN1sVBh2Mx4"
    "j7Hl+Iy72A8xEMvuoPHDVd+oPBd4haz2LwQRXhHZt7UEX4fRy9FBxTqmf7Ag0AO9yxL7P0"
    "68vkbn0Z3zJvtYxDm56r4orkylOpmMVdYpqKtx0YYQ9Y83Vjru3EovIN6MP7HjBYbu1co7"
    "OkcMzYnsYSlN9nIsu41btpDeXzWFy5K+QdTfRRe9gdOKkt7tFRjuHm5DLDcHMSXfMEavFf"
    "xnc7rF1+0eCu1et1e59l1eLJXSHvaKJ3e8pg2P887IxGVyjwYaIPOr0beoviqIvKhD57Cl"
    "WGnXan+2WjV/+E1/bNQ3vc7fe81t2PTgpT56uTttT5OtHb/fvBXYf3EP+Qnm312p27O37W"
    "O6xGx+H74brB1DkMG4E48MfVMWbiNuyM2mka0ROcK2kbQm7kQMNV1rC5thZx7aYmynkikB"
    "snV4L7PTcIqdgb9D77g0zXpon1qSA4PNmKDcrkWu5UDfnQCuEswwLhLHF9cBZdHjieCdn6"
    "cEEhcDZGIaWN0q/l7MIkCWxctAC8FevH5aDrOczkHeRBMei0UfuSP1o2fyEoBB0V9jvYdy"
    "DHxq8OeQuptQyDE3ZC3oJokC0B2YHbFP3PivY1GOTIFJMBZtiuo5TtOsTgBtdSpSDcsA06"
    "YmNEfO0ZQpl+D9R7uLs7EqwbysDXphKz22xDRE0hDq2XCqSPRSu25s8fixSLbcjYEeqhwU"
    "Ii+YEK1C5pJEihVLYCMAUz6JoIlL1ggVAKc6gVxWrMmxrZtc5aSEfrffJcawnV3NA041VZ"
    "rwoidcvbeVgNnW0zmjOZhmP2DJvMyVRNiBaRAawXaKpBaO0y8j6wVhNtvhZaySXH3/Ma7v"
    "wWyJyGQPo4Fw6B9L4CquSjhkD6Q9R6lkD6Zwqp2FG7PULNk61yUD210m87w06v3VHGw1b7"
    "FxYUFjox0UctFhKm3Hd/U0b9h2G7c4Vip7yYNC8UbaK3xuNW+6f7To+e2xxP9MFP/XH/Cv"
    "F/E/2mc9f90hm2ru9oq4EPE/0rVf7wvjWk38g/PMrWG8Ph/+dZov/Pk4P/z6Pu5Wcs5bp3"
    "by+nE2yfYPfntM+UV3GWkldxFs+rgLyV3eatWOQv0c7wKXE/nkSTdqLYd8CPodvMVcWxk+"
    "jcUbkGdvKTTJ38JKWTnwg6+UI9vbiUQXoj0UCML7PMgJfJM+BlbAas0742J7sdSsrIFjJe"
    "denYn6AMRFSkR1RwrEpw5zU8oCLYpQo48lyHoDEvRmFmr0JSF/YyNEWpy5WGlSX5VtTjMu"
    "It3ZNvjUdKsYy1Od0nXnV5k8MJj/T3mEvVfMYz5YlOx9gkRTH7zJt5a2gPWy0M2yiI0IC1"
    "0aQeJeVqETlHk/Hs63hs0D8HXAlYwi8V9KgLHFMRh/v2Ar8xZ//2rZFbaKWaNpmSlarbf7"
    "PQC8GvbOtiFbmN0nNOsx/QmO1UrLNjNGWpQohY6BmvbKRa9H5+yllEhXZHLv0JE/07CrqF"
    "Z2humHz7ZIP50ixk6AhTO+QNuSE0x+gvbBr0PnqBtUm/0PfIMmhLM9VaPBq0v7IvQtXzNt"
    "G96lr8Tott0PxK7AUVxcjtZYj2Pdo4y9tnX5BK8i9EW/UeaGXavHnNlpqwczO4/eoxjdTU"
    "AQRuv0PUeha3nzPBKFNxnmwiwxUV2x/N9XFXOnZortOT80/nP5xdnvtcl38mjfCKc10cH/"
    "l3KSAGifzVeW/iwyWU+t1B2h1bDUoiGhABOKFy8nttwrS2gHnfjmrgZa1SMeoA/SJgHsLk"
    "zHbiIRI3n4V2YNG0yFqopmOfMzvbtaIRterZx0DWUIgv+CCgGAq0NtEneucb/bbaG7+RXv"
    "zTlf0TqfoM/RkQ/ZMxEha2PyD3meyj99gpFaYrZvSdzWkM1k8n+p/stj+/P2bEw+vCQEv1"
    "Dc2MV10z1BljGZw4egvNTWPpkBn0O7jfjbMQqv8EoifxCxEy4XcvicgdMAmH/Q9Wv3sWTq"
    "DaXAQCAgiIao60NTVFgYA4RK1nISD8QTem8/QYm6Bck0L2yoizCcxrktZUXBIqw4Sx9cpp"
    "yuEalgJMYVPrnYPKltqSiAZE9rtorSSYwKS8C5MSsNYKYpu97EM1R9Wt0IZnle3QRuzdgv"
    "DKlR+pKcTxBVFx4io8Rsc14cUNZdSDVPGdSg7OW7UQmJiyBOwWIgOjNRgEjKCgTENKprxX"
    "G0IxndszsoJjgmfINjgNNic6sRb0s+UUsmI8XoAWc2mzHxGvXTxDrwusI9V6xrM4PVhes5"
    "C+X4FFyjHQaAdEqACNdohaz0KjNT59/9eHbvsX5dcHChTf6SX8eaLfd3tdpfPbuNMb8evh"
    "zxO91/mqdEejh84V8g+jk2NCr4lkK2dKVk7JVY4mGfJFgeT+ekGZKqutlNCgXeyW9c77Q1"
    "QN/gPaIKJy0O9yh4ga7jzWH3R6kutsLnOF2N+J3uqNvnaGbDMv7yjPMF/+Xl6wWUfT/AbV"
    "pLQKYupSAdI7HwSlAFPY+GCnGx8I2W1rU+S9IK6NLxcffl23Q/se/q6aQpvF3fU+Ua5urx"
    "6tl0vVfDsSFX8N33GcRmt7XcjiNxMoBgtsMrDJR7XiFYFNPkStZ2GT5xRS+tMFxEEyJRmU"
    "aQQxs29K0rLxylJs9RlLUcERsT0yNe8wf+2GC1ZN21J0jGdYsJL4edTvJRAJEbnoGEemNv"
    "o30kimjRzyqWCzrnhcE80muvWBPe89lhYMp3TVRLUQGbdYA1HV6LTbK7yHy7wSYSl4I+SH"
    "ovclgSoZpFQGB5QvSiyR2JANFMtMa1RSAaWwGuWZ0+3gFoUCYzp0/TjNlA5u3gdmNJjRYE"
    "bXyqACM/oQtZ4pt9HlgmU3e4jKNcKc3sOmD8FvJmEuRMTAXpC2Fyg4plQP9wUaAHZkE4Is"
    "/foyuVtfxnr142oZhzY9OdoVyRWaVjG/W4lp0SaeYxY7hhWN6M8CRiGZ6hGIAttTOttjrf"
    "CUqBpPlCEmTth6NoUKTZBvwCCz//hY44XMsEmXNsK9kpOVEJcE+IGAqzwB995bVlRtuZ5E"
    "ugkK5gNTWW2mctMNRTE/wT6aEu4TeSmAogSKEijKupBVQFEeotazUJQ1TBAadHo33d5nyT"
    "HVE7tC7sFEHwz77c5o5Jz0j/29mlkKkX94lK2j7DiHiCV9Lvm75tYlEaTOsXdV/J6KpdPe"
    "1xq+qymQs/ctGl8ia92CUZvfqA36uWXz4OKikA0XrUxIvslWJfQlIGMrwr/wHRhl6ZegEH"
    "TPLUlwkfCYgnlF0WibekK8PSUuPg5mSIzj/bIEkItVGqsJxKG3OKHaWGTY3Te01Rxyt5cr"
    "9Kcb6V2Xd5kX5236KiDHAvvBJlNjob1ngRcDXgx4sbowJMCLHaLWs/BisiF7EKonF6pnae"
    "snGXy9+8vB912dhJF4sfMs8WLnyfFi51Fo1ekUWxbFbibVgyNijQP67DQD0GenybW1TqNA"
    "r1TLejXo8nOhWgsZqGOCucCumBWwh0FjtX7UyFThO4ApWGc4CBa+14ahYVVPgD6hiYgGHm"
    "kbuxq4/TP7Xfhe9/t3ocn3uhvlbB/urzvD7064SuhNxLHPBPvLuFu25dSBSHyP+HtDUG3h"
    "twwe5VjkNUhqAl4DCT28UkTMpWo+51SCUB5ehDwKsPE3gXmWPAPHJRu4cC8/FQF/WxFqY+"
    "WwhcOSsLV5dUzfOONB3whTVVYLg96Tp0KyWH5/dZI/7urtgiLJ1RjYyi6SjDXMqWnFWj8u"
    "iZ2P7UtuBUa7Ko92LwS/UjUKR7nEIS4s1Jih7fTk/NP5D2eX5/6I5p9JG8hSLERZYOOCAG"
    "7M/qtYclB1ByOJiJ+NRaAZT4YktkJhiKlKDQB6j3LNFe26RfKFxEEp4Q5ZBsYHEJ8ifIul"
    "Q1UCdDWzgAqmEA5YGw3q2YL0wfIieRywBHE8PorbonjelI3SdhrK87v3QM5xGaatGOaM3v"
    "kHxPhAjE81X+maRntAjM8haj1LjI+9WC8fdZVoyjOWotdigk3k2DI58M9SHPhnAge+iTlz"
    "Iol3RAzQzoa2v56l45Mk4gJRQD0j6mRmC6KBEhkv//4mbSRZGte1oGbqQoZA3AgAngI88Y"
    "zY9HlKsbzveCt7TIcdtr5K2hRM5ArRPxO9c9Md84Rv98A5w1K9nf8TvTUYDPtf+P6R7tFR"
    "jqHlJEu04UlytOFJLNpwTs2LtSkdZBIUg+geieCSqbFcaYTVkFNFafapoMdkAXkJ5Fdrc7"
    "pQrRyxnQE5QFwC8bn6YpjEFsSLp48tATHAWyqC0yf8sq9swkLgFo2CCrU89ljLAxz8O+zJ"
    "ni9CjvIPS4GDPwIqnameiK5qkqhGxADWdK9+wKtV0OMcyL2vJ7Bb/c3hF3Z7HQ+vK5YA7k"
    "FU8oi8ugU8+VOVLr3oam5Z0Jvfpu10aTMNAj3SQ1nh7xKA6rOGmobULkMfeoZN5mSauBtZ"
    "6PpxWiCEHrhzH3EQJp6SFcHOqi/gRIdICIiEqOgbXlOfOERCHKLWs0RCPFNI8/qCPNkq+4"
    "ePBsP+z502vT5ujR9GCh0We5+Zi0d83i8B3Lq+6yijh+v77ngcKAccPj3Rh50v3VG331OG"
    "nV8fqC7YrfFz4VY3bibR2Yne63xVqF5Hrc+dKxT4MNFHrE4xbbjd7912h/esidipwF2tXr"
    "tzdxe6yzu1uYsuh9s/dW4eQvcFTjq/kX6LYafd6X7xfmDgxEQftP553+mNA7dEz2zuuW11"
    "74J3OJ/zONrKL+thE1uTqpziC1T5FcgZIrGTOh6PxkzAECQTtd79wNNK87RszsoxmQfEIH"
    "uxOhN3fL3mbRUqZxOFpSBRKfrOuBapJKpROeCKq5W42JjOmsK/h9iUgiTxg4XruIDJSg9H"
    "X9ftBLw7bJYA7WDTUi077VZwwzNMhhrl75ANWlNopTeP21sl7YG79edQtZ0fGk/EC99xnE"
    "ZE+xuJmvzmbFz0UQt5cn+zkJM3gGzDpjcfo2e8stHjGxr9eoeIPnV3iKWHCKvThXs3FaOP"
    "0C2V87cfojZp6Q+Y6BO9hfivRsYcEXq/8apfIUt9oU9EKnvcnNCLJn5lwVYWwmzrHv+0M1"
    "Eeo9cFoY94NdbaDK3W9kRnOkX0baH3ON8PkTmyF/gNsc1/ZuzQxPz3QeXxCkzqx8DFHxAr"
    "C1z8IWo9Cxfv5rrJxtVFxSCqLhpV5ywjFGu9lIE1JASgxiKZbdW0lBMJRAMSAKcYzlNpOE"
    "8BzmQ4z6ThPAM4k+E8l4bzHOBMhvNCGs4LgFOYNubxBdK+kKDYfo3TetDLMmxSXB9xZfR1"
    "PDbon+xkKW9o4DAeddVEFs402BMzMHuF2LohtxiOBCyde+U4jZ1z7I19BIgG+1EwPvQYha"
    "+ZPqeYdtcCa6v5WtsYShByCjQXEB5Ac4HW90tz+aN1WOOjpappW+iY/a5/d6lfZwl8dvrp"
    "0l/9sg9pC9/RfevuLr76Fe+AkhxTt/99TxoUU2et6DcQxIgmwx2UacJub++D+SzXNBGVhY"
    "jG6swL8eVAbIGekRuJyQFDEitppOWIagwJQUhj5UmnRsBatS0uqsAflRsomszO5QlmLMrP"
    "VaPTlsPQxUfcEjBueCxuaJKRDWkM7OUkLgElU3nA4T6/GHaT+rGg9ECG0FtJmr7ANixVGF"
    "7Lj7stgZ3n/TCRofd66TaWXvHfi3Kp+t/d9lnLa8vbvQLCRoFPr/xIWVNmFfj0Q9S6RNio"
    "bMZiQAiM0IgRyqY0SUADIgDntkxFb+lQ0DTaRCvUE9YMiYqBt3S7zbm2SrHqG25xBt7UKq"
    "XQ9df2o/Htnpoa6pNw5R++IXXxb/BblaVz7z5CdTb7Qej4m03XETZermwIrdnX3AWmwOEs"
    "CsEUOEStZzMFEmtAJBexCgk1sZDVxXmKiv1CVhfnyYWs2LWwhdD4unnvU2uONj16uBu3xu"
    "zKdb//C7tTcJK2SV+Uu45y3/1Nccvo8UYFZyd6/WoAfm5R5Ib/pOKtm39eodDHoxzvQPm1"
    "8qz1o7giSvJAExCpctfPOczsZEtBFqunyBbNCwk1Aul9x5wt7KUmDXtICGDPAXuxrQnfZU"
    "vCQad30+19ljQJPTE6BTkHbI50z4wCZ8b843iie1VT81dLLX9bQtfGF+grMVIvKAJBerFt"
    "rCLMiaThJhBvoPVWX2stbqRrqmUr2DQNAWubPM+EpSCKX36aYQFH8u9XQAziyKv8Wk01le"
    "pgpqx1mwi2TNpCekaFQdeV17ViG89YEMaWFtoeEoPSsgVz/8tzg/kbZQk8YMFNtJKdX9bC"
    "WCnhfbuyFI/UiM7LMKqIOQj/ZiHWxI+sViI/QsRCFlmutDekalroRiZpicpFltFkFueb5/"
    "eFhHbwulV/BV9T/wt43Q5R61m8bv9aq3SxaAvIwkQiJCjSpHz28hIW15ZtLMlffs5GGNif"
    "R/1ewvAZFYy+S2Rqo3/TCdaqbw12EYQMkXRLOWoUR14E1kDUUl4tDNrtJRMcAzIQCQmBpb"
    "uE80U1iSqd1xyWAlDTo3UhqLSUoNLYsFoCpgOvnYaCGpxKtqPqvtZl4Goas/XU/rJpsKEA"
    "h0fCKkVD3661OdE0totG5wXzHxCjg2L3HG+lheYbEQUzmYz00IDCbf+dqhu94seFYTwjRx"
    "qpGrNr3hB9rkbw7AqpyMT02YTv1DFdqPoTtpBu2AuqrzhHVGK7Bbby4M8UTqLJwTxBmXJ8"
    "UO+aChxxlmeK5TlJieU58WJ5kikiE08x244lV12jkCjQBVWhC5JIooqQ631zxkeGeG6J6R"
    "YE2TJ+Guy+feSTiChtVtB1E+QDZDeQ3TCOAdkNWt8r2a2vl48iQiB5pbiRaNw68TTbFukp"
    "O6THwuoPOAR20OqypAz6l6dstFmCCL/BP2bnu72xk7vBDyb66KfuYMBzP5wDP9EikF3BU0"
    "s2KSqB1JRh5/ahd+OkbDhHURvtfYJrrfUj37pRUZfiapjX5Cl5s5C4cJOcTP84PT07+3T6"
    "8ezyh4vzT58ufvjoe5vil9LcTtfdz8zzFFJK3BU1IxavLJpLFQLhxgQ+71kP1oKsVmxLtl"
    "yvRFwYXoncqrDp4JdHC2E5UEB+BeSeG2BiKE0J07VpYn0qiPtIXgwHZRqRIxZJgsySApmc"
    "ABlbBfmj9mxGTRjBujg5EEQkC7Eg+WNBHomm5VSFQBQ0USAqRyV5WJeAGOQ0VIdhiRNrK/"
    "WNOyhNPMdsshBsN5I8wQiFG5AkFiVesjEvadRLjHuB4CyII3rviIykOKIhHVWG3fY4WzV0"
    "P/ElYhdIVEPnHkEv2aYhYItG2YIwDZxWajthZikYX7L/uc1MzxQ3tHf9OJs32tn2J6tX+m"
    "i8wIhlUCMujBznBHoiL1hHxtpGWJ0u0BtWzR8RsS1kGq9IM6bP6BnjleXebiFHi/F4ntJb"
    "LxDVwx4T79yJxIB3+3ZCwO3J1fXRlJKLkOzuJpa1xoJlQiK0G4HGcL+FwK1SNExSrmlo/s"
    "s0DmXPNi0WGmN4sTp0/UV4izwyJhjaCFEyECVTpwVbTeMlIErmELWeJUrGH5qzLxKCIk1y"
    "ypSWErpysjIU/jmGawojFpFroNtlJ3SYlxwii3dUDvDOhrf1vJaB2b29geheZqnXfJlcrv"
    "kyVq15Rp6IrQpqQV0bhoZVPSl2x5eKoPxIxWoIc5rHu9+/C82t191oJbWH++vO8LsTDju9"
    "idgJbnH6a/PFSkUEmzQJ7jkyASpSlL/8gJCbCnRsKAtShQCEINWUvJt08tIlSb6Ba5nzLA"
    "vF8+R14nlsmSjm+fJkC4hbqmPmQLenDIb9m4c22yLiCoU+lp0zEPX5ZMoPuMySHxDlKwL5"
    "AZfRXjBVTZPIvXUBkcbFg1xmec0uk1+zy/jOC/SuZxa0Jp/wJBBtHOAlZshvMHf9KFLeiK"
    "AMhOBA/a7dAgoFp3YfKOb7NwtGivk1DeoJ6tZQseDIBzWndl5zahOBB0WnCiGcUnQqS5Tj"
    "LiNCXB0cCeJBvEvHW6NBXH/TPkJBaMvkhfcpyzBtJw4F4jwgzqOqQ0RNPf4Q53GIWs8S5y"
    "HrGwefuKRPXFs/yeDr3d+4SjM74VuC3ywGcvIGZBGxBnBbaSPSLnYgm1JgngwzIXN8O3Mf"
    "lK/yUHLEGfeRy7yPOKH+pTXibDr9P9HvO+PW3RXi/yZ6azBoDTv0s3tAz7RZ5Z/+sNuhQo"
    "EPE/2m+7nLZd2DatDy1voxXbcJw1ZYrAFv1B5Gr0fVwrn88RFBcMcXcMdDBYzdVsAgS/UJ"
    "K2tTELuWDHFIKBfGFQtwCEN8kWk0uUgZTS4Evif+paTKWgRECkWT5Bu5N0zJ45poNtGtD+"
    "yx70GW7CTIZMNtSYRsboT2GLHpWQW1jdicY9Vem6KUxlSwg2J7hNs/U1u8A2RtDPHkCnYh"
    "IUgklUwkjblsiib+N9Vds9MCABHUkv0sAVy3uFuC6typuwXcKuBWqearXFOCHdwqh6j1LG"
    "6V90yFqxDpX34iHPirduyvIn9J4evd3zjG9yIbRZPC0EShXVIg6EpPiggLygDEWyGmwBly"
    "KQWeAIC7FdyVSab5/BVRSXBY5HZYAKkIJFfdSC5RDRTJlI6QFOQfpOcfrDaRvuWEdNcX2O"
    "3R8qGeJbuBcCid0VZKqFrbpu00uWhtpNJgfqAaWd53l8w1f9udZOkjAW0dvHycxll79dnJ"
    "RmAH1PXvRytN5ep3c1D/iOUObDK+dfzNVlSbdoaVDYUi9zP/HAPTfUCcJzDdh6j1TAkECd"
    "UFRks6OSSaSYmFBWrNBZydfrr0DST2Ic02Gt237u4EmzXSiVD+DdpINfDtqe/bEh8k89Bn"
    "QJyVsflm/fYlHrV/6tw8eBV7JJIWfMEr5B+Gdye+bXX5Zef/UTa97XjH4LlKtDV71STnkq"
    "BcYwi3MqaSqFkkOacIxGFyqfTkwjZuUbBpinxgydlwYakGOML2ngynqbTvzxQ6SROBd3eL"
    "xRsVhq0Nq/yKMVZK1nmxEQHPxRbPhcv5FXVbOBTlwG2tnshud11s+lV+vwVsIvcOMeQuWq"
    "Lg8Q2QWxn4fdTnsbBluZoPbsTEtmvyndywQxMQ79UfVWtKwQLxfohaz0K8P1NI89JZnmyV"
    "o6KPbjqD/qg7ZvWs+cFEv27dsSLWV8g9mOi3D3d3V4j9ZTW0KaJ3d/ed3phV0PY/TPT+8K"
    "YzvEL8XzW4LqCBoeDDO0K/y4IPNSTaSyvjH6bVJ/rood3udG44Ee8dMiJ+OO7SwemfyrBz"
    "+9Djl+PnJvrmqneUZ/A6zZYlkpIkEtWwielKecaWDTlGMYFwY0j7PY9leXYuafhuJTvp7J"
    "iN/lJZUSGhUurXVCipbyd5Z1ON8F1cMDVEBSNKyuQcFWyAAyMyP2fC+ywF77M43q7TVFli"
    "y1KfBJ072V8kEG0A5vt2Gq1UksdiD4iBo6g61nmclAmER0v6i+KSBYjQ+mhYYhOTd9xmp5"
    "F4uiy/JKJhKcA01bMZcKQUdG6ONi3VEtetfs1wv8qwhcm+99upKa6J2+2IUQ1MQyVgG0kv"
    "aibC8ZlbenOYKMtS0DE/5I3U0Kx/T8c8jxtJds57YSXbU+RYhAaUdQOfO/jca+V9BZ/7IW"
    "o9i8/dNuj8nsvtEZUEFy64cMGFWx4t3GqPu186sh5cR4ptzML+T/R2/35w1+FbrfuH1UyW"
    "mq4t21hSey6Xf0os3QAWfw+eKm9xv6TrcWOWD/+0NkALmepUvi9lWbXpoDGcZUWBLYe0zE"
    "L7RMvq5Od+5Ci3ugC/6+r+U6pIPBvRL7fCnZekNA3Rfceplf75jQp+yZy4ceS0jRwRpGrM"
    "rHpD9BEawbMrpCIT08eQF2y+IUJvmD5Tq0XDM/rLkKrP0HSh6k/YQrphLyjSH6ILl508oA"
    "Bdxb+HcEBPnkiDMo2rnl3ipnPJ9BWHSwJx7/4GWlE72eTPxFNMX6E8TFFEFKiiqlBFSQRh"
    "bC2VPOHvchZznT6CeWvjDtruvAj4n8B9Ae4LcF/UfXQC90WTtZ7FfQFZZ+CyqMpiG1wWpW"
    "WdibPMqui1oEOrJSIUk5MNNhIN4MX3nWMAuUt79QhJloUKSYEvYktlqE1hnIK+iOy1iioK"
    "7PbCUKGeJe2L2CU10cImmS6OBNSEe+U4jZpQN/dUhpFIXDgL32vBotnVYHU56VJ2AEomIF"
    "6wKfYyJk9RAZEGroxPLy6yzFEXF8lzFLsWKThCXyoJhN3bG4juTkh++kRbODv9POr3Esy7"
    "jUiURCFTG/0bacSq8SQlApeBkb7GjS5nI8sE1sC1aJ2wz8nsP/8Pj0Hl6w=="
)
