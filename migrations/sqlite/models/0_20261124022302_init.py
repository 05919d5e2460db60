from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "users" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "password_hash" VARCHAR(255) NOT NULL,
    "first_name" VARCHAR(100) NOT NULL,
    "last_name" VARCHAR(100) NOT NULL,
    "phone" VARCHAR(32),
    "role" VARCHAR(16) NOT NULL /* CLIENT: CLIENT\nPROVIDER: PROVIDER\nADMIN: ADMIN */,
    "email_verified" INT NOT NULL,
    "marketing_consent" INT NOT NULL,
    "deleted_at" TIMESTAMP
);
CREATE TABLE IF NOT EXISTS "access_tokens" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMP NOT NULL,
    "revoked_at" TIMESTAMP,
    "user_id" CHAR(36) NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
) /* An opaque bearer token; only its SHA-256 digest is stored, so a leak grants nothing. */;
CREATE TABLE IF NOT EXISTS "provider_profiles" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "display_name" VARCHAR(120) NOT NULL,
    "bio" TEXT NOT NULL,
    "years_of_experience" INT NOT NULL,
    "timezone" VARCHAR(64) NOT NULL,
    "response_sla_minutes" INT NOT NULL,
    "avg_rating" VARCHAR(40),
    "review_count" INT NOT NULL,
    "user_id" CHAR(36) NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "provider_specialties" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "name" VARCHAR(60) NOT NULL,
    "position" INT NOT NULL,
    "provider_id" CHAR(36) NOT NULL REFERENCES "provider_profiles" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_provider_sp_provide_7a551d" UNIQUE ("provider_id", "name")
) /* One row per specialty, so `providers(specialty:)` is an indexed join on every database. */;
CREATE INDEX IF NOT EXISTS "idx_provider_sp_name_ae9e66" ON "provider_specialties" ("name");
CREATE TABLE IF NOT EXISTS "services" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* CONSULTATION: CONSULTATION\nSESSION: SESSION\nPROJECT: PROJECT */,
    "name" VARCHAR(120) NOT NULL,
    "slug" VARCHAR(140) NOT NULL,
    "description" TEXT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "default_duration_minutes" INT NOT NULL,
    "min_duration_minutes" INT NOT NULL,
    "max_duration_minutes" INT NOT NULL,
    "allow_custom_duration" INT NOT NULL,
    "active" INT NOT NULL,
    "provider_id" CHAR(36) NOT NULL REFERENCES "provider_profiles" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_services_provide_f07ad1" UNIQUE ("provider_id", "slug")
);
CREATE TABLE IF NOT EXISTS "service_rates" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "duration_minutes" INT NOT NULL,
    "amount" BIGINT NOT NULL,
    "service_id" CHAR(36) NOT NULL REFERENCES "services" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_service_rat_service_300831" UNIQUE ("service_id", "duration_minutes")
) /* The price of one offered duration; the set of rates is the set of offered durations. */;
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXF1z4jYU/SsanrIzaSYLhGzTTmcIYbt0E9gJTttpt+MqtgA1RqaWTULb/PdKwp+y7N"
    "gEEiB+SUDSle1zJfmeoyv+rU1tE1n0qG0YiFLNvkOkdgb+rRE4ReyDqvoQ1OBsFlXyAhfe"
    "WqI9FA11l7cUNfCWug40XFY5ghZFrMhE1HDwzMU2v1atTYA9g397CNwi6CAHCOPvgE2sBc"
    "AuBcNP7W/qJy1g4jGiLsAUUNd2kHkIqA0gsBC8A2MHEtaU2O4Ek/ERv7JpG+zS7NsmL+IR"
    "zDplzztG7gQ57FK//8GKMTHRA6LB19mdPsLIMhPQYpN3IMp1dzETZTc3vYuPoiV/gFvdsC"
    "1vSqLWs4U7sUnY3POwecRteN0YEeRAF5kxqIlnWb5rgqLlHbMC1/FQeKtmVGCiEfQs7rDa"
    "9yOPGNxPQFyJ/2n+4N9arJmu9weaPuxqul5L+ZffguQNv8iwCR8bmGHKgXlc9hsBIkpr/A"
    "KdT+3rg0brnYDApu7YEZUCrtqjMIQuXJoK0COUDQdxTHToptG+YDUuniI14klLCXnTNz0K"
    "PqzigaAgckE0RQJwA/g2AHiNPaA5YBPA932OA7TeVXeota++8MtNKf3bEvi1tS6vqYvShV"
    "R6sPSXzWb/cm0IOwG/9LRPgH8Fvw36XdmrYTvttxq/J+i5tk7sex2asWEalAaosZaR172Z"
    "uaLXk5aV17fF6wFGMbf7dx95Xazp+gTSSdrrnQl01B5PWkkeZ8htZm3dpIen8EG3EBm7E/"
    "a11czx8M/ta7G2tpqS1/p+TV1UPSZgRg8zzJy2wuRKWu7h5NrdyZReQx00ZzNjlTU0abkG"
    "N/uzp/Ly+r3sUeTo5ULRmMk649HtdeoT4SeP8Ed3yuiTQ5WG9iMjFnhMPqOFALjH7gMSAy"
    "kA9enXjd/NbkIalUZT2YH3ISWKDyj27OyJkbt8Z7eHnfZFtyYQvoXG3T10TD0BNa+x67ZU"
    "ErZNV03rU7kEEjgW4PCn4PccR11BhgNvZLNg/kDF2G82lhWz3IKpfVgxyzfEMSpm+Ra9Xo"
    "RZoinEVhlSGRrsHZ+snxQhlKxVJqMUdUlKOYOU3tvshV2WvKcM14P3a88kCfGTQoif5CB+"
    "IiM+wg51dfGtBNxJqz3E+v3xcQGsWatMrEVdEmsLrgB1wqhCuhjSM4ZSKZRDg5UQ3jJdIg"
    "lwo14A30Y9E15elUTXsa0McLvEm6a4bFIT8m1fbiTXOpe9bl8rSSp8qzOw/P+VfLke/Ny7"
    "6F6fgeDTV9K+uOr1z4D4J281Fhr7rSJDX453YiO/ldJkebyhz5GDWZcK+nduM/whyQlWEs"
    "aSl26Z9abcFJa8LPE7HwwuE8HneU+T4L65Ou8yNwgvsEZ4KUr02JBKYj+Fzh2L2clYKB2I"
    "KJhBLvxK+8oDJTywlIxWIWVJy0qq3h4OtqTeKW01WwqMhkMqCUWajL75x8/XyIIC0bTv1Y"
    "kvOxZxZQmwj6Vk01h45dhzbCJHZx9GWBUMBNgOCNJs9udphL/4fX6JutzJKaYGuYTcLAOh"
    "UJ4VWGWL0LKzKkG6EqQrQXqnpMlKkH6LXi8iSJuYziy4KK0qyXb7KCzVCwlL9RxhqZ4Slm"
    "6xnYZZQw+uGma/+QuKHa/wqtK6v2qJ6RIgeHDV/vVdYspcDvo/Bs1jiHcuB+cS0AsEHarb"
    "Ix09zJCDka8lJYHvkQzcM6wlP+Alxd6EH443NcTH/A6+qb9vnjY/NFrND6yJuMuw5DTHU2"
    "nGzFf0f0pqpXGbFxzZN1pnU4N705mSbL2fcUlHpxbUp5h4LlLw0czRnGX+csP5fbO5KyMa"
    "zsc6e3x+yXQchAw8hZYa5aShHAYtLY/8HnaWnaowvOh2elfty4PGYV1S2ILB3ky9Bx00x+"
    "ieoeepZM6ckZw0qxZkefhuTx7mq+YarDELs4hSSGdsXkPLxap1uYxOGCgzQ7/DxQ6G0ZlC"
    "VnycsjE3x8Zz4Roue9knkNKS6lNpwIFGuuEk4G2Yz2tOAX5WWm96quYorYn5XEBrlRaUp0"
    "+/Mv8Dx74HjK6AwHghDp3+GXRKD8KKs3d/8qOpkADfneAvGxNgE4DmyFkArg3eQorSB2A3"
    "eB2FMPx7iAhvILD9oxKLK7F4J5b4HZUNK7H4LXq9iFhcViTetDj8iodhi0jDrWxluJXOOL"
    "QpDmLdgmQ4blIRYZkIh6FUuThAMqsOJuYfTIyHZ888nFg+gWNLEX6SpEhjbJvOKgaEWkFl"
    "Ylw7m8DEaf16c0SSVIBa3riiAhUV2JGVYUeDwooKvEWvF6ECdwxSNRV4+ghHYLvNOSO1zq"
    "A/vLnU2lpv0D8D8W9fybA7HIpi/4M43PFTt6OJsx38gyybvc5hjm3ja/uWzCOCkBL4Bu33"
    "Ed9mIXybOfimN4njd5aCOTtpSjKrkqdKJ08ZnuMgYizKDO64zR4O8EaRQ5DZZyDTQ1vcrW"
    "56jtjiXCGrJ6+Ll5ODNumANStCDJ/n4J1lXmGtPMv48CysM8wrrFUZa5bFYnfDo649DVFL"
    "g517djSzj+r8aInzo9Bw8Vx1mi0X+tDoBbEOBKidhbqS9yt5fz/l/ViSLFS+NVdIkLtmPe"
    "0R4uXOHa+2BSIgy94GCRB9citED734dBKXNkFg5jAjYI+ATfi/EXKQCYI38nfAZU0ocnkD"
    "0TFPr4qVyQY0ncG1qYso92xotGmUiueq7Ztq+2Y31qEdFfKr7Zu36PUi2zfPkZ0qWl6Qlk"
    "/Vh5vO8TgT3MhmnyD9tl5vNE7rx43Wh5Pm6enJh+MQ23RVHsjnvR97fYkxpoEPAq9yYUPS"
    "qiKG+cQwFtc9kxfu3xGeQ4kPJkfWNmV7tRHjAZOaguX4NbkEB0ZttubXgDJXVuW0Vqyqvg"
    "O39iDUet5S2SxgjhyqlI+zd/5iJnu48beRX03mk6oEwn7zPUR3I7/ey67oKn8+86fhoJ9B"
    "YSMTmclgwwX/AQvTXYzAcsDlYCToSipzQE4SkKIE3sF5uRPT63+ZPf4PZlN4ZQ=="
)
