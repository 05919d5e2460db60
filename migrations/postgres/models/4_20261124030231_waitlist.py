from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "waitlist_entries" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "day" DATE NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "offer_start" TIMESTAMPTZ,
    "offer_end" TIMESTAMPTZ,
    "offer_expires_at" TIMESTAMPTZ,
    "client_id" UUID NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "service_id" UUID NOT NULL REFERENCES "services" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_waitlist_en_service_98e0e4" UNIQUE ("service_id", "client_id", "day")
);
CREATE INDEX IF NOT EXISTS "idx_waitlist_en_service_4e5ad4" ON "waitlist_entries" ("service_id", "day", "status");
COMMENT ON COLUMN "waitlist_entries"."status" IS 'WAITING: WAITING\nOFFERED: OFFERED\nBOOKED: BOOKED\nLEFT: LEFT';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "waitlist_entries";"""


MODELS_STATE = (
    "eJztXetzm7gW/1c0/tTOpJ3GebSbvXNnnMRpvU3sXNvZ7myzwyogO7rBwitwEu/e/u9XEm"
    "BegoBfAawvCZZ0BPyOHuelwz+NiWUg037f0nVk20PrAZHGCfinQeAEsQtZ9R5owOk0qOQF"
    "DrwzRXsoGmoObylq4J3tUKg7rHIETRuxIgPZOsVTB1v8Xo0WAdYU/jVD4A5BiigQxD8Di5"
    "hzgB0bDL603jWPjoGBx8h2ALaB7VgUGXvAtgAEJoIPYEwhYU2J5dxjMn7P72xYOrs1+7XJ"
    "m8wIZp2y9x0j5x5Rdqvvf7BiTAz0jGz/5/RBG2FkGhFoscE7EOWaM5+KspubzvmFaMlf4E"
    "7TLXM2IUHr6dy5t8ii+WyGjfechteNEUEUOsgIQU1mpumxxi9yn5gVOHSGFo9qBAUGGsGZ"
    "yRnW+NdoRnTOJyDuxP8c/tt7tFAzTev2htqgPdS0RoK//BFi3PCKdIvwsYEZphyYH26/AS"
    "CitMFvcPal1X9zcPxWQGDZzpiKSgFX44cghA50SQXoAco6RRwTDTpJtM9ZjYMnSI54lDKG"
    "vOGRvvcvluGAXxCwIJgiPrg+fBsAvMFe0OixCeDxPoMBw85VezBsXV3z201s+y9T4Ncatn"
    "lNU5TOY6VvXH5ZbPa7a8OiE/CtM/wC+E/we6/bjnN10W74e4M/E5w5lkasJw0aoWHql/qo"
    "sZYB12dTY0muRykV18vCdR+jENu9pw+4LtZ07R7a90mun91DKud4lCrGcYbcZtbWTXJ4Ap"
    "81E5Gxc89+Hh9mcPjXVl+srceHMa51vZqmqPoRgRk9TzFj2hKTK0pZw8lV3cmUXEMpemQz"
    "Y5k1NEq5BjZ7s0dxef1cntmIasVE0RDJOuXR8jL1BfGTS/ijB6n0yaFKQnvBFAs8Jl/RXA"
    "DcYc8BiY4kgHrq143XTTUhDUqDqUzh00IlCg8o9u7sjZHj7tmtwVnrvN0QCN9B/eEJUkOL"
    "QM1rrKYVK1m0TVZNmpN4CSRwLMDhb8GfOYy6RBn2uZGuBfMXyqf9pmOpNMsSTO09pVnukI"
    "6hNMtd5HoezRJNIDaLKJULgtrpk82jPAola5WqUYq6qEo5hbb9ZLENu6jyniBcD96vPZNi"
    "iB/lQvwoA/GjOOIjTG1HE78KwB2lqiHW+x8+5MCatUrFWtRFsTbhElBHiBTS+ZCeMpQKob"
    "wgWArhktklogAfNHPge9BMhZdXRdGllpkCbpvMJgldNmoT8mi3N5IbZ5eddndYUKnwqE6A"
    "+/+WXPd7v3bO2/0T4F/dktb5Vad7AsS/uKsx19g/zjP04/JOaOQfJ2yyXN7QHhHFrEuJ+n"
    "dqMfwhyRBWIsQxLt0x6k2xaVGyXcXvtNe7jAifp51hDO6bq9M2Y4PgAmuEXaNEhw2pKPYT"
    "SB+YzE7GwtKBiEQzyIRfSq84UIADrsloGaUsSqlM1eXRwVzVO2FbTTcFBsMhEYQSm4we+c"
    "XXPjKhQDTJe3ngS8UkrjQDbGTy2OwFWb8rAjVwe6krSE8QOya2ZUt7AZC+eb20iUPndYKq"
    "kBk+JK5T6xEbiGrsYoRlwqWPbo+gocX+vIzxtdfnddBlJZdsOcgF3BdxICSeDAlW6U6NOL"
    "OUg0M5OJSDo1KmbuXg2EWu53FwGNiemnBe2EoZp6ujobKZy1DZzDBUNhOGyjtsJWEeomdH"
    "DrPXfIvGs1fYqobt34aR6eIj+Oaq9dvbyJS57HU/+81DiJ9d9k5jQM8RpLZmjTT0PEUUI8"
    "82GQW+Q1JwT6GO8QG7JptN8OHDpob4mD/Bu+b+4cfDTwfHh59YE/GUi5KPGZxKWmD4iv53"
    "Qdt7mGaLI/tmeLapwb3pyFu23k+5iVCzTahNMJk5SKK2p47mNPLtDef9w8OqjGj4ONbY6/"
    "NbJuUgpOMJNOUoRwnjYpBL+d7robLaqQzD8/ZZ56p1+eZgrxmz2PqD/TCxD1L0iNETQ28m"
    "M5tnjOQomVqQ48NXh2wdMiDVljsUkUK+Fi9piYJZ1r9Elyee+lVhXmM0dR6Lvz1l6yk0HS"
    "zbD4tYaH2L2MDrsFZW2qjVnz5ifVW4Bm4vdQUJPkLMXgCzfWyuWY+IUjY2VvUohfrseV3u"
    "BH5P7EmtpzWi9010WFfslFsut6/ppfM2vvNow6dtyrDhrvmszUrnZ5J7aYYLKrLh5nBCxX"
    "b8l9NMMP4Daj2BKaLAJ56L7A5/+p3abxYVJ2//5DkgIAEeO8F/LUyARQBia/YccKfJHbRR"
    "MtPEBu8j8Zh9XyDCGwhs/1BeNOVFq8QSX1F/ivKi7SLX83jRinrPNu01e0XDSh6f2XG6y+"
    "w4Gdpv2diXdXNaCcMkykIYtxAuRKlickCMTGUAyM4AEBbPVswCUDyyraQIv6ikxMZYmZIC"
    "+BYviSoTMoalKzBhu9t6g+eiqoBtzsZKFVCqQEVWhooKhUoV2EWu51EFHhikclXg5bOSPm"
    "2Zg+kaZ73u4OZy2Bp2et0TEP51SwbtwUAUexfiFOUv7bOhOETJL+Jms1yBeGs/NVk2fa1u"
    "UY5CCCmAr9++jvge5sL3MAPfZPRM+MkSMKdHk8bIVFRp4ahSfUYpIvq8yOAO09RwgB/kyT"
    "aQnmwgObTF02rGjAoX5xLhjlldbM8ctEkGrNkixPBZBe80coW1NGnA80pYp5ArrGWhvKbJ"
    "ZHd9ZjvWZIFaEuzMJA2pfahEDQUSNUDdwY+yY76Z0C+Itoi1b4CqLNR3s9EIUe0OjSyKll"
    "hhUumVJyUFajhy2N+lkU6QK6BlAgqxHKwvM6DlxFs8+9KsCsz3FsV/c6cLnBcBOE62PWh/"
    "qgqytmk5Gusc0UdoLjGGU+m3h/VBVbA2IDbnmoknuMjJohjVUriW7MjW2gcxgk6hQeu33+"
    "JaWxEodW7/N90gbm1qmVhmUvpl0OumndKSksc9RVh3wP+An75oI4a9wDt7N8Omg4n9nt/v"
    "NRy0HK5sg1/ctrcX9f7wDuIGPxUso4Jl6hksEzqLC6XCyBLnwfqspxohrs7lqHR5r5cub7"
    "kANTEF04PU/Bn6YqCatlgVXj5iM7xHYEoZEbBGwCL83whRZADfXvozcFgTGzm8geiYH34J"
    "lcUJ7OT5mk3dRBpRZwchfQlruwquU8F11ViHKhpmpYLrdpHreYLrVgkKUE7TnE7TiTwnzy"
    "kep4Ib0NQJ0p+azYODj80PB8efjg4/fjz69GGBbbIqC+TTzudON+bPk5nXXMGrmNgQpVKG"
    "hmxDQ0iuW9HOUL8MKHsx+0J0ZJXpLI40lYpE50lLuZKu/KQnfsmXaMC0dGjyw/uIKR7QAQ"
    "bmOocNRtSaCFXkCaGHE6Cbls0UkTfEAl52lLfAosCNMvGL5CkG1n6HF08UGXCudB6l81Rk"
    "dauo9Kt0nl3kei6dB0pcg5zdaX5sqSswzOMK8jeDn5xHMUk6NeNYukc1RKK8qGv3ohLLKX"
    "beymtfgxMqsU+65vr4ZTPj45dNyccvlY9a+ajLqUOWOKGDJKPkCypkkHcypwIZ2lReVh9b"
    "QnMz58CaIsKwB9D2lL0naJrvmEKnPwC+h9siqRx2wMjiZxNcFxfPpw+gTi3bBueDYVJ3XH"
    "/36jtOJViw9pSWuEP6gtISd5HrebREvrhLNcXBhC3vqY6bEFmdPDcHzY/HC18N/5HlnRlc"
    "tS4vJe4YB1LH8xYWhTVOq7CNfbWcGEsiG6VUuMY1QXHKiT0enppYpqtkfsFGRr7yd2xKFc"
    "efZUfyvmJzVOArNkrzVpq30ryLR6q6MdDSKNVFeHRWhGoQib3R7xDHMiuKTZ0Jx6zV94bO"
    "Fkh3uwnKlb6r9N1yrhoV1XyUvruLXM+j7y4W3YI8D9PVkOPV5XByYnNVrziDAyrF3lKz94"
    "57HNjqK2ZkUS4niBWzK8FsJEuOm4/VSJobVzG6XIwWiUoeUKEEmWGaGibI3EyGXQc6M0mE"
    "U75E0wH1FiNs+u3/3LDx1T4vqFUGhCdgcXlLznrdi07/ipcuLm9Jp6td93uf++3B4ASEfv"
    "D2V9eX7aHb3rtkpa3uWfvyUpT6l7ek29MGX3rfToB30ViG7WvPWp2Sf+UFV0TtkrCsz1C+"
    "zFGnOGWdXBBbPvCkkilvOpkyj6OUrBjpGcIXBDWIvMwSqzaSG9xNyrScATJGuwYpt2TJyO"
    "ok5EbSb1EE7WJp+FPIl5pyFeLyJuYcRaMZMbQpojqS7eTZslGSukZp/9YhJrlOroLe7QiR"
    "8m2rkIFtwKoOz6s4jMrFYfSZJNLvnA0bsqG8BpR3OkeBHNwgbGNFbG9sVEV1My+wkU08Bd"
    "fXiR6KJgeUxBAlsgemRxL56Qo19q4Ub+bjrKHpHAw+WU6FaNY5NyjbM9SqyCIVWVTSBaWi"
    "MSYqsmgXuZ4nskjlWyicb6GCzshvrc6w0/1c1BXpkZ0A7+KW9C4u2n3uPvQubslpr/eVF7"
    "j/b8ll+2J4AvjfcrgRRRrc5cJuYqTKSl2edSy5fbnMWiLiJkKoeFwBHj9PMet0CUFFRq84"
    "XmaOK5O8sh2XFdQM27Eyaq438aqyaa7TpvnaqYgQxfp9Q5Z+yK3Zy0w5FLTZ5GHIQibIVJ"
    "e7dLWUuNk9/q1mety8k33FrOvpFsdHRP2DsHlD40IkNYyMax4d5VCEWav0zHm8Lpbrnk2q"
    "Agh7zWuI7n6uvIT7GXkJ95N5CdkdHenGlPFhw4Bk+2k4X0emWlvCzYT0tc3N7Mf/ARVORb"
    "U="
)
