from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "availability_overrides" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "day" DATE NOT NULL,
    "windows" JSONB NOT NULL,
    "note" VARCHAR(200) NOT NULL,
    "provider_id" UUID NOT NULL REFERENCES "provider_profiles" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_availabilit_provide_069d9b" UNIQUE ("provider_id", "day")
);
COMMENT ON TABLE "availability_overrides" IS 'One local date that differs from the week: closed (no windows) or custom windows.';
        CREATE TABLE IF NOT EXISTS "availability_windows" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "weekday" SMALLINT NOT NULL,
    "start_minute" SMALLINT NOT NULL,
    "end_minute" SMALLINT NOT NULL,
    "price_multiplier" DECIMAL(5,2) NOT NULL,
    "provider_id" UUID NOT NULL REFERENCES "provider_profiles" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "availability_windows" IS 'A weekly opening as local wall-clock times, so it follows the zone across DST.';
        CREATE TABLE IF NOT EXISTS "sessions" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "start_at" TIMESTAMPTZ NOT NULL,
    "end_at" TIMESTAMPTZ NOT NULL,
    "blocked_start" TIMESTAMPTZ NOT NULL,
    "blocked_end" TIMESTAMPTZ NOT NULL,
    "slot_key" VARCHAR(120) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "seats" SMALLINT NOT NULL,
    "price_amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "notes" TEXT NOT NULL,
    "cancelled_at" TIMESTAMPTZ,
    "cancellation_reason" TEXT,
    "refund_percent" SMALLINT,
    "client_id" UUID NOT NULL REFERENCES "users" ("id") ON DELETE RESTRICT,
    "provider_id" UUID NOT NULL REFERENCES "provider_profiles" ("id") ON DELETE RESTRICT,
    "service_id" UUID NOT NULL REFERENCES "services" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_sessions_provide_6c8783" ON "sessions" ("provider_id", "start_at");
CREATE INDEX IF NOT EXISTS "idx_sessions_client__3a7785" ON "sessions" ("client_id", "start_at");
COMMENT ON COLUMN "sessions"."status" IS 'REQUESTED: REQUESTED\nCONFIRMED: CONFIRMED\nIN_PROGRESS: IN_PROGRESS\nCOMPLETED: COMPLETED\nCANCELLED: CANCELLED\nNO_SHOW: NO_SHOW';
        ALTER TABLE "services" ADD "min_notice_minutes" INT NOT NULL DEFAULT 120;
        ALTER TABLE "services" ADD "horizon_days" INT NOT NULL DEFAULT 90;
        ALTER TABLE "services" ADD "slot_interval_minutes" INT NOT NULL DEFAULT 30;
        ALTER TABLE "services" ADD "cancellation_policy" JSONB NOT NULL DEFAULT '[]'::jsonb;
        ALTER TABLE "services" ADD "buffer_after_minutes" INT NOT NULL DEFAULT 0;
        ALTER TABLE "services" ADD "daily_limit" INT;
        ALTER TABLE "services" ADD "seats" INT NOT NULL DEFAULT 1;
        ALTER TABLE "services" ADD "buffer_before_minutes" INT NOT NULL DEFAULT 0;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "services" DROP COLUMN "min_notice_minutes";
        ALTER TABLE "services" DROP COLUMN "horizon_days";
        ALTER TABLE "services" DROP COLUMN "slot_interval_minutes";
        ALTER TABLE "services" DROP COLUMN "cancellation_policy";
        ALTER TABLE "services" DROP COLUMN "buffer_after_minutes";
        ALTER TABLE "services" DROP COLUMN "daily_limit";
        ALTER TABLE "services" DROP COLUMN "seats";
        ALTER TABLE "services" DROP COLUMN "buffer_before_minutes";
        DROP TABLE IF EXISTS "sessions";
        DROP TABLE IF EXISTS "availability_windows";
        DROP TABLE IF EXISTS "availability_overrides";"""


MODELS_STATE = (
    "eJztXWtz4rYa/isaPmVnspkNgWSbds4MIewubQI5QLqdbjqusAXRibGobZLQnv3vlWQb32"
    "Rjcws2+pIYWa9sP68kv3f/U5kQDenWSUNVkWUNyBMyKpfgn4oBJ4geiE4fgwqcTv2TrMGG"
    "Q533h7yjYrOe/AwcWrYJVZueHEHdQrRJQ5Zq4qmNCbtWpWEAMoV/zRAYImgiE3DiHwEx9D"
    "nAtgX6Xxrvq/VzoOExsmyALWDZxETaMbAIgEBH8AmMTWjQrgaxH7ExPmFX1ohKL01/bfMi"
    "MwPTQenzjpH9iEx6qW9/0GZsaOgVWd7P6ZMywkjXQtBijQ3A2xV7PuVt9/ft60+8J3uAoa"
    "ISfTYx/N7Tuf1IjEX32QxrJ4yGnRsjA5nQRloAamOm6y5rvCbnjmmDbc7Q4lY1v0FDIzjT"
    "GcMqP41mhsr4BPiV2J/af9xbC3RTlE53oPRbA0WpxPjLbiHCDbdJJQabG5hiyoD57ozrA8"
    "JbK+wCzS+N3tHZ+TsOAbHssclPcrgq3zkhtKFDykH3UVZNxDBRoB1H+5qesfEEiREPU0aQ"
    "11zSE+9gFQ54DT4L/CXigevBtwXAK/QBtS5dAC7vUxgwaN+2+oPG7R273MSy/tI5fo1Bi5"
    "2p8tZ5pPXI4Rehq9/ZGxaDgK/twRfAfoLfu51WlKuLfoPfK+ye4MwmikFeFKgFpqnX6qFG"
    "e/pcn021FbkeppRc3xeuexgF2O7evc91vqcrj9B6jHO9+QhNMcfDVBGOU+S2s7duk8MT+K"
    "royBjbj/TneS2Fw782enxvPa9FuNZxz1T5qe8hmNHrFFOmrbC4wpQlXFzFXUzxPdREz3Rl"
    "rLKHhik3wGZ39Ugub57LMwuZSj5RNECySXl0f5m6RPxkEv7oSSh9Mqji0H6iigUeG7+gOQ"
    "e4Te8DGioSAOqqX/fuMMWE1G/1l7IJXxYqUXBC0WenT4xs553d6Dcb160KR3gI1acXaGpK"
    "CGp2hlRJpGXRN35qUp1EW6ABxxwc9hTsnoOoC5RhjxvJWjB7oGzabzKWUrPcg6V9LDXLA9"
    "IxpGZ5iFzPolmiCcR6HqVyQVA6fbJaz6JQ0l6JGiU/F1Ypp9CyXgh9YedV3mOEm8H7rVdS"
    "BPF6JsTrKYjXo4iPsGnZCv+VA+4wVQmxPv3wIQPWtFci1vxcGGsdrgB1iEginQ3pKUUpF8"
    "oLgpUQ3jO7RBjgs2oGfM+qifCyU2F0TaIngNsyZpOYLhu2Cbm0u5vJleZNu9UZ5FQqXKpL"
    "4Px/MO563V/b163eJfCOHozG9W27cwn4v6irMdPcP88y9aPyTmDmn8dsskzeUJ6RiemQAv"
    "XvilD8oZEirISII1waUuptsWnRslvF76rbvQkJn1ftQQTu+9urFmUD5wLthB2jRJtOqTD2"
    "E2g+UZndGHNLBzIEmkEq/EJ6yYEcHHBMRqsoZWFKaareHx3MUb1jttVkU6A/HWJBKJHF6J"
    "J/+qWHdMgRjfNeHPhSMIkryQAbWjwWfUA67ppA9Z1RygRSLttyQAY1yTPWkKnQgxEWSUwe"
    "rl0DDQj9sxzdO3fMO3/IQu5DYpBz2OSjQAjM8wKski31UWZJq7202kurfaHst9Jqf4hcz2"
    "K117A11eE8t+ktSldG61s1k/WtmmJ9q8asb0NM4jAP0KsthtntvkOL0Bu8qgat3wah5eIh"
    "eHTb+O1daMncdDufve4BxJs33asI0HMETUshIwW9TpGJkWtwCwPfNhJwT6CO8AE7doht8O"
    "HDtqb4mN3B++pp7aL28ey89pF24Xe5aLlI4VTcrMB29L9zGpSDNDuc2feD5rYm97bDSel+"
    "P2V2L8XSoTLBxsxGAl00cTYnke9uOp/WakWZ0fB5rNDHZ5eMy0FIxROoi1EOE0bFIIfyxB"
    "2hsNqpCMPrVrN927g5OjuuRsyQ3mSvxd6DJnrG6IWiNxPZglNmcphMbsjR6bs/wapvGpCx"
    "wVDVLOZUa0rXNdRtLNqX89gIPctM3x1wXkAxOqNJ1XzG6rpw9Z1RygoSfIaYPgCm++lcIc"
    "/INOncWNdcHxiz6w55EPi90DslLxtE7ysfsKzYSZ9HZp/HsmQGz4mx5VSGfXjhbjiRYa3k"
    "hPi7NMUVEnrhZnCGRN74y3P4Kf+BSV7AFJnAI57z1Pk/vUGto8WJy3d/sgR7aACXneB/BB"
    "uAGADRPXsOmPF+CC0UT+Pf4nUEnptvC0RYB47tH9KbI705hdjiC2rXl96cQ+R6Fm9OXi/O"
    "tr03b5jSn8V3c57sujmPx00TC3uybkZrVZBEWqqilqqFKJVPDoiQyfTq9PTqoHi2Zop1/g"
    "irPUV4qZISmWP7lHHtWbwEqkzAGJaswATtbpsN4gqrApY+G0tVQKoCBdkZCioUSlXgELme"
    "RRV4opCKVYHliWge7T4HdVWa3U7//mbQGLS7nUsQ/PVg9Fv9Pm92D3iK2s+t5oBnqLGDqN"
    "ksU0DYxlPS9k1fK1u0HRdCcuDr9S8jvrVM+NZS8I1HcQTvLAZzclRjhExGN+aOblRnpokM"
    "dZ5ncgdpSjjBz7KkcidncsenNr9bRZuZ3MW5Qthd2hC7MwdtkwEbtghRfNbBO4lcYi3MyH"
    "5dC+sEcom1KKRU16nsrs4sm0wWqMXBTs2ATxxDZsHnyIKHqo2fRemmqdAviHaItWeAKizU"
    "w9lohExliEbERCvsMIn00pOSADUc2fTvykjHyCXQIgHFIDZWV5nQYuId5mBUiwLzIzHx38"
    "zpAud5AI6S7Q7aH4qCrKUTW6GDI/MZ6ivM4UT63WF9VhSsNYj1uaLjCc6T4RKhWgnXPUsd"
    "2vgkRtDONWm9/jvcawsCpcrs/7oTxK1MiY5FJqWf+91OgklJTB71FGHVBv8HOra2hnfAOz"
    "ucYd3GhnXCrvcWDloGV7rBL2rbOw57f9gAUYOfDJaRwTLlDJYJ5IRCoTCyQj5Yj45UIsRl"
    "Xs7Ga5GtFnXF51Vy5JU37ZZGXymLqb48b2TwiMDUpESAjAAx2D+qrSMNeEbAH4FNu1jIZh"
    "34wCyjI9AWJbDiSSPbuogwTMzy49RiJmQZMSYjxoqxDxU0dkhGjB0i17NEjK3j6ZaewIye"
    "wIm44MkVHieC69OUCdIfqtWzs4vqh7Pzj/XaxUX944cFtvFTaSBftT+3OxEnlchm5Ahe+c"
    "SGMJXUntO154Bct6byXL6yHscRpTk8s/YpwURYH0Sg8yTVEUn58H1iNZNs2fM6UaHOMtIR"
    "VTygDTTMdA4LjEwy4arIC0JPl0DViUUVkSODALfkxztATOCETnhN4rz5jV9haZqMBudS55"
    "E6T0F2t4JKv1LnOUSuZ9J5oMDfxdid5JwV+reCPC4gf1P4yXgUkaQTy2gluwkDJNI1uHHX"
    "oEHsfElEbv8SpF1EPgKZ6XN51ZTP5VUFn8uTjlfpeN1PHXKPqxQIyiQuUSH9YooZFcjAS2"
    "W5+tjgmps+B2SKDIo9gJar7L1AXX9PFTr1CbB3uMUrpWEbjAgLuHdcXKxYOYCqSSwLXPcH"
    "cd1x88PLj+TswYZ1LLXEA9IXpJZ4iFzPoiWyzV2oKfYndHtPdNwEyMrkuTmrXpwvfDXsR5"
    "p3pn/buLkRuGNsaNqutzAvrFFaiW3kO8eGtiKyYUqJa1QT5Kk79PbwVMciXSX18yAi8rU/"
    "ErJXwelpdiT3EyH1HJ8IkZq31Lyl5p0/UtUJ7BVGqS5iftMiVP3w4q1+5DVSLpC/1KlwTH"
    "t9q6h0g3ReN3671Helvrufu0ZBNR+p7x4i17Pou4tNNyfPg3Ql5HhxORxf2EzVy89gn0qy"
    "d6/ZO2QeB7r78hWZl8sxYsnsQjAbiSq+ZmM1EhZ8lYzeL0bz6htPKFfVxyBNCas+bqdsrA"
    "3tmSDCKVv1ZJ96hxE2vdZ/7+n8al3n1Cp9wkuwOHwwmt3Op3bvlrUuDh+Mdke563U/91r9"
    "/iUI/GD9b+9uWgOnv3tIWxudZuvmhrd6hw9Gp6v0v3S/XgL3oLIK2zdeijmhqMgSV0TpKo"
    "tszlC+SqpTlLJMLogdJzzJCsHbrhDM4igFO0Zy2esFQQkiL9PEqq0UvHYqDa1mgIzQbkDK"
    "3bMKW2USckM1pUwErXy15RPIV1pyBeLyNtaciUYzQ1OmyFSR6E2eLhvFqUtUy24TYpLj5M"
    "rp3Q4RSd+2DBnYBawyeV7GYRQuDqNHJZFeuzmoiKbyBlA+6BoFYnD9sI01sb23UBHVzazA"
    "hl7iCbi+Ud4OMrH6WBHl6jhnjlPzc/w+24wcyhUJlCifCl9LApnUZeB6EUDbl0jXLFGUHP"
    "jzjEwvaiyrHSlAUkIzUrVez5JmWq8np5myc5HCUHRR5UDY7V5CdE8zJfGepiTxnsaTeOkV"
    "beGbKaW0tU+y+5z1txFeN5adHhNzd/ky+/4vPlFPkw=="
)
