from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "provider_ratings" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "review_count" INT NOT NULL,
    "rating_sum" INT NOT NULL,
    "stars_1" INT NOT NULL,
    "stars_2" INT NOT NULL,
    "stars_3" INT NOT NULL,
    "stars_4" INT NOT NULL,
    "stars_5" INT NOT NULL,
    "provider_id" CHAR(36) NOT NULL UNIQUE REFERENCES "provider_profiles" ("id") ON DELETE CASCADE
) /* A provider's review totals, kept by SQL increments in each review's transaction. */;
        CREATE TABLE IF NOT EXISTS "reviews" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "rating" SMALLINT NOT NULL,
    "text" TEXT NOT NULL,
    "response" TEXT,
    "responded_at" TIMESTAMP,
    "helpful_count" INT NOT NULL,
    "client_id" CHAR(36) NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "provider_id" CHAR(36) NOT NULL REFERENCES "provider_profiles" ("id") ON DELETE CASCADE,
    "session_id" CHAR(36) NOT NULL UNIQUE REFERENCES "sessions" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_reviews_provide_4dedd5" ON "reviews" ("provider_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_reviews_provide_af0805" ON "reviews" ("provider_id", "rating", "created_at");
CREATE INDEX IF NOT EXISTS "idx_reviews_provide_f58628" ON "reviews" ("provider_id", "helpful_count", "created_at");
        CREATE TABLE IF NOT EXISTS "review_votes" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "review_id" CHAR(36) NOT NULL REFERENCES "reviews" ("id") ON DELETE CASCADE,
    "user_id" CHAR(36) NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_review_vote_review__5cb555" UNIQUE ("review_id", "user_id")
);
        ALTER TABLE "provider_profiles" DROP COLUMN "avg_rating";
        ALTER TABLE "provider_profiles" DROP COLUMN "review_count";
        ;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "provider_profiles" ADD "avg_rating" VARCHAR(40);
        ALTER TABLE "provider_profiles" ADD "review_count" INT NOT NULL DEFAULT 0;
        ;
        DROP TABLE IF EXISTS "reviews";
        DROP TABLE IF EXISTS "review_votes";
        DROP TABLE IF EXISTS "provider_ratings";"""


MODELS_STATE = (
    "eJztXf1z2rjW/lc0+eV2Z7KdhqRpb/add4YQ2mU3gSyQducuO64DIuiNsbm2SZq9d//3V5"
    "I/8IdsJDDENmemkxpbR4bnyLLOcz70n6O5NcGG87Y5HmPHGVqP2Dy6QP85MvU5pgeiy8fo"
    "SF8sVhfZCVe/N3h7nTfUXNaSX9HvHdfWxy69ONUNB9NTE+yMbbJwicXuddQ0kbXQ/73E6B"
    "7rNrYRF/4JWabxgojroMHPzR8b78/RhDxgx0XEQY5r2XhyjBwL6cjA+iN6sHWTNjUtd0bM"
    "h7fszhNrTG9NP+3yJkuT0E7p733A7gzb9FZ//ElPE3OCv2Mn+Lh41KYEG5MYtGTCOuDnNf"
    "dlwc/d3XWuPvGW7Afca2PLWM7NVevFizuzzLD5ckkmb5kMu/aATWzrLp5EoDaXhuGrJjjl"
    "fWN6wrWXOPyqk9WJCZ7qS4Mp7Oh/pktzzPSE+J3Yn7P/9b9apJmmdXtDbdAeatpRSr/sKy"
    "S04Z8aWyYbG4RiyoD52+t3BQg/e8Ru0Pq52X9zev4Dh8By3AebX+RwHf3NBXVX90Q56CuU"
    "xzZmmGi6m0b7il5xyRyLEY9LJpCf+KJvg4NNNBCcWKlg9YgE4Abw7QDwI/oDJz36APi6z1"
    "HAsHPTHgybN7fsdnPH+bfB8WsO2+xKg599SZx94+nLok+/NzeEnaCvneHPiH1E/+p120mt"
    "hu2G/zpi30lfupZmWs+aPokM0+BsgBptudL6cjHZUOtxSdB6WbQeYBRRu//tV1rnc7o205"
    "1ZWuutmW6LNR6XSmicIrebuXWXGp7r3zUDmw/ujH48P8vR8Jdmn8+t52cJrXX9Kw1+6e8Y"
    "zPj7glClbfBwxSVr+HBV92FKz6E2fqJPxiZzaFyyADX7Tw9ouXgtLx1sa2pL0YhIkevR8i"
    "p1zfKTrfCnj8LVJ4MqDe0naliQB/NX/MIB7tDvoZtjLADUN7/u/G6qCenq7OpRtvXn0CSK"
    "Dij62+kvxq73zm4OWs2r9hFH+F4fPz7r9kSLQc2uWA0rcSZsm740b8yTZ3RTf+DgsF/Bvn"
    "MUdYExHGgj2wpmP0jO+s3GEizLEjzax2BZHpCNAZblIWpdxrLEc50YKkZlKFA7e7LxXsag"
    "pK0yLUp+LW5SLnTHebboC1vVeE8JFoP3az9JCcTfSyH+Pgfx90nEp8R2XI1/UoA7LlVDrE"
    "/evZPAmrbKxJpfi2Nt6BtAHRMCpOWQXlCUlFAOBTZCuGS8RBzg04YEvqeNTHjZpTi6tmVk"
    "gNs2l/OULRvnhHzZ/Y3ko9Z1p90dKhoVvtQF8v4fmbf93pfOVbt/gYKjkdm8uul0LxD/L+"
    "lqlBr75zJDP7neiYz88xQny9Yb2hO2Ce1SYP5dWhR/3cxZrMSEE1q6p9K7UlN4Zr+G32Wv"
    "dx1bfF52hgm4724u21QNXAu0EfFIiQ4dUnHs57r9SNfs5gNnOrApsAxy4RfKgwYUNPCwxI"
    "4q6qEMIK2AtEfObWL+xiXBKVAea9cjOVIsdjbpuhoOqXCfxAPoi3/6tY8NnSOa1r04xKhi"
    "a9ssqjv28Dj0B9J+twRq4PVSV5CedeIaRDidK4D01e+lbbr2S12hGs+IMbG952VzqFqsl7"
    "pCNKcPi/6At3zkbrxe6grSwrb+D4/dLUG69XqpK0hTYmw7jAY8ovQTMWo7ktwZ8wFojkt/"
    "15ZgDXlXA9ZTXdGaWoZBF2bLxZZQfeL93C36+N+BUVNHuEzLJVMy5mBsiVg30lVd4bLxE8"
    "HPWwLV553UGyLtydp6tvJw+mLVa7JSiq6JrSeeyATbGj2YEhFnHEDbM/HQon+kVhe8z9tV"
    "l5XkB8QgK0QlJYEQBCgJsMqOVUoqC+KWIG4J4pYqFcECcUuHqHWZuKUJcRaG/qIcfJCUq2"
    "P8QUMq/qCRE3/QSMUf3BMrDfMQf3fFMPvN9+gTf4VX1bD9+zD2uAQIvrlp/v5D7JG57nU/"
    "B80jiLeue5cJoF+wbjuaNdXw9wW2CfZDDuLAd8wM3DOkE3og5s5M6Xe7GuIP7Bv82Dg5+3"
    "D28fT87CNtwr9leOZDjqbS7j42o/+lGFITldnjyL4btnY1uHedUEfn+wXz/GuOoWtzYi6F"
    "5mjmaM4S399wPjk7q8qIHutUkRPd1jZLFs0QLyR6rERBvsWP8fLkmb0qzAVmmcn4550FHh"
    "PdcMm2/FZAKQz8DmvrU6Vj7omMt/b0eL3UFST9SSf0BxCDuC+a9YRtm46NbeM/In32/C4P"
    "Ar9n+k2tbXn6KHpfeYd1xQ6CaCRAAo8+OMiKc/qsy2cPvDg7zmYvw8Kt4Fz2LJwpLOzLZI"
    "5Mdb9ZP+zxsN1mqwVsjuMstsqVcJ0lltnra95R1SHbekYLbKNA+IWXmvsWdOq8CS9c/PCN"
    "FaTTTeQrAf2fRUxkmQjThdILYq6ee93B6bJ3O7yPwM/3R4gIa8Cx/RN8f+D7q8T7sKJeIP"
    "D9HaLWZXx/qj6/Xfv6XpHNlPH0nWc7+s7TecaWQ4J1lyRLHxUBR1OSlg+XUmrrgIQYlCPL"
    "L0cWXZ7FIVYuSaYej1dShNdadIkxVqYKZQHNLDBlIgx0tgETJbuLDfmLmwKOsXwAUwBMgY"
    "rMDBVdFIIpcIhalzEFHimkYlNgfeGWQLbMIYBHrV53cHc9bA47ve4Fin4amYP2YMBP+we8"
    "pMsv7daQV3RhB0naTCp8sPASLmWz1+oWm8kXIQr4Bu3riO+ZFL5nOfiepfCNfrMUzNkxsA"
    "kxiIVVjoUdL20bm+MXlcEdlanhAD+VGN6n2ZXP0kObf1ttsrS5u22DIM28LvZHB+1SAQUz"
    "QhSfbfDOEgeshRXMvm+FdYY4YC3AWuc5/+Ol41rzELU02Lm1yzL7gFpmCrXM9LFLnkTJyb"
    "nQh0J7xDogoCoL9cLGc7KcK2IdkYKBrYA2McfGcoInGotwywiWHMzpJJI5o4t72N983tjt"
    "ZH7a+HAezuPsQ94UPrhpXl+nQb5fTqfY1u7x1LLxBi/NTHlwDmZArU9d+ndjpFPiALRozc"
    "2q7Iw3GdBi4T0moTWqAvPMsslfzI+ov6gAnBTbH7T/rAqyjmG5Gu0c20+6scEYzpTfH9an"
    "VcF6ohPjRTPInAh8Sdk8SFxqI1xLFqJc+CDGuihzI3vQBu33ONdWBMoxc2kZXoy8trAMIm"
    "JJfxn0ulnZvkLxpPOTjF30XxQUrd0JV70KOLhfEsMlpvOW3e81Yg4YXPkcdpKuPo47NFkH"
    "SQ4b4r8g/que8V+xpJ6C8or7NS6KCvmdEiBBkXRpqBYUkO0rgPsP3q3XWW2xgrRh2ZzYwo"
    "N4+ZyeHcgbTPlrg3m18DWzPg1xOMNoYVMhZE2RZbL/ptjGExT4lH5CLm3iYJc14B2zBMHI"
    "uaSAk85B3NVNhFHHzirsOeWRhABkCECuxjxU0VBUCEA+RK3LBCBvEzgFgSWSgSVzaynce5"
    "A8ZIK7kqkTpP9sNE5PPzTenZ5/fH/24cP7j+9CbNOX8kC+7HzudBNeeBFf6y281JYNcSlg"
    "rvKZq8i6bkviqn6l2Y4ThFV8ZJUpX1FY401g82TVgss2frIr0skVYzGssW6wAieYGh66iy"
    "aE2RwOmtrWnJsizxg/XqCxYTnUEHljWsgv2/YDsmzkReIFp8RlWAq/w9qsy4n+AjYP2DwV"
    "md0quvoFm+cQtS5l8+gCXzNTd1ZghNC3HNVxBfWbo0+mo8RKOrMUaraLPiICbvnYk1GEW9"
    "70NzSTzkn129cgiy+eUNZ4J5MxSVtlJpXxaxD0AEEPZUC4ykVvBKWu15iQq4LYkgZk5KWy"
    "3nxscsvNeEHWApsUe6Q7vrH3rBvGj9SgGz8i9g53eOFN4iJv31fPxcV2SkH62LYcB10Nhm"
    "nbsfjuYYe+EkxYx2AlHpC9AFbiIWpdxkpkk7vQUsxP0IuI1clzU0RiHl3E2a7vLVSFNSkL"
    "2MaxxeZkQ2TjkoBr0hLkaXP065GFQUS2yhUeEwpwlkWYFk++Bjz5t34/u4J7V4kheTxSu9"
    "WhqL55f9xIZEYHZnm6VhFY3mB5g+WtHqnqBdULo1TDePu8CNVVaP9Od5hPVJ/lL3W6OKat"
    "/jga0wnSe92szoO9C/ZuOWeNilo+YO8eotZl7N1w0lXUeVSuhhqvrobTDzYz9dQVvJIC9Z"
    "ZavffM40BnX/5Eqmo5JQzKroSysaiAuJyqsbB+OCi6XIrmlW8esVIR4ahMDYsI76YKuau7"
    "S0GEk1wx/pX0HiNs+u3f7uj4al8pWpUrwQsUHo7MVq/7qdO/YWfDw5HZ6Wq3/d7nfnswuE"
    "CRD6z9ze11e+i19w/p2Wa31b6+5meDw5HZ7WmDn3tfL5B/cLSJ2guv7J9R0GeNK6J2VX2K"
    "I8o3SXVKStbJBbHnhCcoOL/rgvMsjlIwY2TvohAK1CDyMm9ZtYv9E/z9jzUb0x/viGbqbN"
    "xFsqACZRUsbLzQ/Txf5bEvFAYlqO8j4lW724yIT8gWYO2VrMpjnYy9WF1DG+uO2pY9GeIb"
    "PXIV0vIunjkbT5fmRFtge4xFK9p8GyEtXaN6qkWYC56zVzHKIyYEMR7JV7VXAk01ciYmtQ"
    "WoJRurBWEK4Ui7gBUKc0CMV+VivPp0ddfvtIZHoqFcAMoHXf9EDO4qJGxLbO8cXEUqSxbY"
    "2MJIAtfFqlpqMYNWvvxqOZcJ6yeG2DIpA+Ls4M/IkJ4RY2Jj0cZy6lWUW6yzGo3r5Nprrz"
    "VvKzIyYxh5GaXacrElSp94P3eLvseW1hStB2qyY5tsW3L6M++mtnW52VZRUzL2Cvpuh1Q3"
    "0lWNxpRSKH9kqbicz3Vb4JwLIO2ZeGjRP9Lz/2DVY02gja3+6FV616x9WJVBayX6qyFkbF"
    "dI/FwEWP2wp5rApJhSE9+CQZBYk9qjITu9JtgUQqOL9OD1U2yaTay++spqEhUajJdi9zKV"
    "/eglSLfZBw0G6TaHk3gB6TaHqHWBqxeKEKomj6eLEFYwQvdrszPsdD8rvoYCsQvkH4zM3q"
    "dP7T6LqfUPRuZlr/crO+H9PzKv25+GF4j9PZJ7tnYcW8v3htksFyUhCiEr5ZnH0q8vT1kb"
    "pKHEBEHHFdDx9wWhnW6wUBHJg8bLrHGIz4Ggh7KCmhP0AN74YncjAWd8kc74V64S5HmLBV"
    "Rm6EbOpjCjbmuZyru8PVp4AUPIejbxBN2/IB0tdNqL+w8H6eMxy/j6CZn4CdvoiTiE3gu5"
    "FtLNF1Ycl34FjO6XLqLjaToV1d/dzU2gCm8J5vhjoEkPiDADmvQQtS5Dk06J7bga/5TSen"
    "ZOa1yqhlmtJ1K7Xpzk7Hpxkt71wtA3gDomBEjLIX1PbHemBaS9rA8gLrWlK6A63InAE7Cw"
    "8RTbNi9X9GIojVeBaA0yUvcwZjlc6jnACbEaYP2aWfDExnNsbp4JH5UHVSirwjPlN1mDxi"
    "WB+y7PkjNtaXjsgXIepQ3ct3RuGgcLqMT1WSf25lRilBVflfeGnJOtorkVKddEepSwPnsy"
    "gSqvTLvH2PvJSNLboE3Jd8aMLs0Jo0mnSEf+iEB+jxeIuA4jUJG3hkS6yXhVeuWYHz6zfb"
    "EJ/WeOjSXtXkTG7uYmQMaWYCY/BjL2gGg5IGMPUesyZKwqNwi0oBrFEv1mKZizDfyEGNj1"
    "6nb90q9S522EJlgoZ1Z6EonWqYJp4+Tsw9nH0/OzsOJTeCav7BMUiJWDd88FYtkcll2BIL"
    "+mWVJ2f2p4t1sdFFHPLDBauFeB3TM9wi3LwLqZYX0IxBP43lP5XQEcntnvXH7Z613H5vLL"
    "TnKyvru5bNP3aGL/QPHAtpbulLh0jOrmg2gOXz+80z3AIE8P8om2mFmupYywQBzgFc0h9I"
    "UnfEdKzSChMMwfCvMHR01zyF+KzuSoVA0W3nEjR2qbjZxdNtKbbOhjlzwJIM4d2iuhPQ7p"
    "gKyr7IiGdANINyiTL0sm3WDvziwJvMvpaN+3Gyvi+hM6seKuwbU7DWtK+QTZ4GSUQgl1y2"
    "+TKoECLiNwGZVzMq2o8wBcRoeodRmXEbWQMmre5a34I1Jgxaqs+T32cLMNkwSyNbBo9+1K"
    "4isO1bz5iAyYXCk71lsxqtqxUSkAdZ0dG66Yt7ZjZe2qkgIrYcdGR5ZE2nxgFG2JbN3iLp"
    "O4RidB5frquzR+r7BBnijiHrwp2zd6+TjP9PXrmbNfFghIRnD2TIxmOlXf5EdiIirLwyqt"
    "KaI2L3q27MefEMuAd5Duuvp4xtLbiUsv2tbyYcYbLReGpU/QQndn6djN4rsXmuWLVSV2/x"
    "5gmINhXpFZrKImGhjmh6h1GcM8mIJTKs/34UfE6hSGVYT7HraG3mdSbPVqwQ7uLm86w2H7"
    "SlEHK8ELFB6OzObtbb/3hZ0MjkZmv/2lM+j0ulq//dsdnSHY1fS55ALwdUIBphhP2AJd5Y"
    "mJysBDo/zQ3BMPCI1tEyGe/XNpWaE8ELRKYUaeDai8nWhECsistRtfBnbmlpSL/N5hJQVW"
    "Zr/LyMjaPCjDYwYySlOoxGU0w44kUIfQDOftDXacjNTi4NKxDCs19xrvYG+aBMcTI4IivA"
    "FsPgPkT0ln04rSAED+HKLWZcife2siCMnItruC9rVI5N231QVr/p1EBZirbdrlgwIiQgAp"
    "mFH7NKPSo7cAaGte/yr2wG6x6TqYp69mnrLAAdcyxQZqePFYykQNmu/eSAVbFGzRck6dFb"
    "VKwBY9RK3L2KIucdUqeIcCtbBGk25WOT9rnqM1XVaKvutUa81HZQ5609kJXW9sUu95JQbF"
    "nssz+6RfOsDOAJVQJpN3O4/sLk25AHuBIRdRy1ozbh8extVWhVEH4zHivscn4nMv4HwEg6"
    "/8E0dFl/5g8B2i1mUMPqgivGNzD6oIv46jl4JjK43sUKAGYMcH9rnMuD7PHtbn6S3zFvM0"
    "tPm5Kr7IRnkqJbO4C0xTCbYDI+wGS75u3Gg7saR8DcbwvicMlls7NehbUjhnrE9jicrvM5"
    "Fl2OxeNfvqeSy+3AUKjkbmoNXv3HqpLf7R0QbTzcm5xHRzklzzRGrxn6d3O6xcftHtdbPb"
    "7XQ/q6olkLtAwdHI7HS1237vc789GFygyIeRedvuXtEmmqcuKhP7HChU67db7c6XlV7DE0"
    "HfV3etYafXDXr3P3opTO2vXtpS++vIbPVubq/bfISEh/Rss9tqX1/zs8FhOQYO3w/XD6be"
    "wLARiAN/XB5jJm3DTqidZhAzw7mStyHkSg40XGYN20tnltZubqJcIAK5cWoluF9zg5CSPU"
    "Gvsz/IeGnb2BwLgsOzrdiozEbLnbIhH1shnEosEE4z1wenyeWB55lQrQ8XFQJnYxJS2in9"
    "Wt4uTIrApkW3gLdk47gYdAOHmbqDPCoGgzZpX/Jbq+YvRIVgoMJ+B/sO5Fj51SFvIbeWYf"
    "SFnZG3IJpkC0D21u+K/s+K9tUY5MQrRgJm2K6jkO06xOBG11KFIFyzDTpSc0R67RlDmX4P"
    "1L27vj4SrBuKwNelEpNPclNERSGOrZe2SB9LVmzdPH8sUSy2JnNHbIRGC4lsDlSkdkktQY"
    "qlsm0BUzSDro5AuTMWCKUxh9q2WA15VwO30lkL+Wi9Tp5rJaGaWoZhPWvLxZZIfeL93C36"
    "3rYZ9XmZxmP2LJdMyVjPiBZRAawb6apGaO0y8j6yVhNtvhZbyWXH3/Ma7rwJZE5DIH2aC4"
    "dA+lABZfJRQyD9IWpdJpD+kUIqdtSuj1ALZMscVE+t9E/tfrvbamvDfrP1KwsKi50YmYMm"
    "CwnTbjq/a4PeXb/VvkCpU0FMWhCKNjKbw2Gz9fNNu0vPrY5H5u3PvWHvAvH/RuZV+7rzpd"
    "1vXl7TXiMfjuTGXTzQ/0wmzv8sO8z/LOlIfsRKTnq/eTHqXv8q3Z97XiqD4jQng+I0nUEB"
    "GSq7zVBxyF+iPeBzInwCiTrtObHv0B7LdJlTimOnMLiTcjUc5CdSg/wkZ5CfCAb5TG+8P1"
    "dBeiVRQ4zPZd6A59lvwPPUG7BKO9ic7HYqKSIvyHo2laN8ojIQO5EfO8GxKsBxV/PQieiQ"
    "2sJl57v+rOl2ZKV8vZGq8JSxV5Q+XxhYm5Pv2/pWBrynG/K99khpjrW0x/vEqypPcjyiaW"
    "a51pYg3bI+6gSQko9A5NXLxrNn4qFF/xxwCVsFh0rUFSzwqCQ8xesr06a81Ov39G2ihW67"
    "ZEwWuun+w0FPBD+zPXd15HdKz3ndvkVDtsWuyY7RmOW4IOKgR7xwke7Q9vyUtyaIbetb+B"
    "1G5hsKuoMnaGrZfN9fizmBHGSZCNNl9QvyYz+O0V/Ytmg7eoH1Sb/QD8ixaE8T3ZndW3S8"
    "si9C1fMyMoOyULylw3YWfibujIpi5I8yRMce7ZwlnLMvSCX5F6K9Bjd0pHYdXrKVE2w5DP"
    "6qarxGKuq5AH/VIWpdxl/lvWC0sTjBM5OwSYrtj7V5tysde6xN4+Tsw9nH0/OzkLoJz+Tx"
    "N2nqhuOj/ixFxCADvTzPTXq6hBq1O8gXY6tBRUQjIgAnlPx9rd2Dlg4QyetRjTysZaqiHK"
    "FfBMxDnJxZTzwkAr5laAcWBoqcmW579jmzs30rGlGrnn2MpLvE+IK3Aophi95G5shsf6ff"
    "1njhDenFb77sN6SbE/QtIvqNMRIOdt8i/57sY3DbMRWmK2b0xuU0BhunI/Mba/bth2NGPD"
    "zPLDTXX9DEejYNS58wlsELAHfQ1LbmHplBv4P/3TgLoYd3IGYWv5AgE/4Isl/8CZNw2P9k"
    "hacn8cyf1UUgIICAKOdMW1FTFAiIQ9S6DAERTropneeHjETl6hSBVkTYSOS9pmhNpSWhpE"
    "kc26AOpBqucSnAFHZj3jmobKmtiGhEZL+L1lKCCUzKqzApEWttS2zl6xWUc1ZdC238rbIe"
    "2oS9uyW8anUzKgpxekG0PXEVn6PTmgjihiT1oFQ1ppST81otRF5MMvGnW5GByeIBAkZQUF"
    "8gJ8U7KGqg2V5zSVZwSPAEuRanwabEJM6Mfna8CkyMx4vQYj5t9hPiRXcn6HmGTaQ7j3iS"
    "pgeL6xbyzkuwSDkGGu2ACBWg0Q5R6zI0Wu3zzn+767R+1X67o0DxLUrin0fmTafb0dq/D9"
    "vdAb8e/zwyu+2vWmcwuGtfoPAw+XLMGDWJ5Fup3Nuc1NtkzhxfFChuDBeVKbPaCgkN2sU2"
    "T6+8sUHZ4D+gnQ1KB/0utzao4JZZvdt2V3GdzWUuEPs7Mpvdwdd2n+1CFRxtMs0XvwkV7D"
    "JRN79BOSmtLTH1qQDlkv1RKcAUKvbvtGK/kN12VtXJt8S19nXO44/remhfw99VUWhl3F2v"
    "E+Xqj+rBcj7X7ZcjUdXSeIvjPFo7GEIOb0ygiimwycAmH1WKVwQ2+RC1LsMmTymk9Kcr7U"
    "EflakFMbNvStJx8cLRXP0RK1HBCbE9MjWv8P7aDRes266jmRhPsGAl8cug180gEhJyyTmO"
    "jF30X2QQqR0INlPBal1xvySGS0znLbvfaywtGE75qklqITFvsQ6SqjHpsNf4CFd5JOJS8E"
    "SoT0WvSwKVMkipCA5osyixTGJDNVBMmtYopQIKYTWKM6db0b31BMZ07Ppxnikd3XUOzGgw"
    "o8GMrpRBBWb0IWpdKrfR54JV9y5IytXCnN7DHgbRb6ZgLiTEwF5QthcoOLbSCA8FagB2oq"
    "a+zLg+zx7W56lRfb+Yp6HNT472RTYKTSuZ363AtGgbTzGLHcOaQcxHAaOQTfUIRIHtKZzt"
    "cRZ4THSDJ8oQG2fsmZpDhWbI12CS2X98rPVEJtimSxvhJr/ZSkhLAvxAwJWegHvtHRjKtl"
    "zPIt0EBfOBqSw3U7kahqKYn+gYzQn3STwUQFECRQkUZVXIKqAoD1HrMhRlBROEbtvdq073"
    "s+KcGohdIP9gZN72e632YOCdDI/DTYZZClF4eCQ3UHacQ8SSPuf8WfPrkghS59izKn5Oxd"
    "J5z2sFn9UcyNnzlowvUbVuwajd3KiN+rlV8+DSopANl6xMSL6rViUMJSBjK8G/8A0FVemX"
    "qBAMzzVJcInwmC3zipLRNtWEeH1KXHoelEiM4+OyAJC3qzRWEYhjT3FGtbHEtLtvaMs55a"
    "4vVxi+bpQ3Ed5lXtxn3TCwOCEuuHScR4098EaQAQe8GPBiFWNIgBc7RK3L8GKqIXsQqqcW"
    "qucYywcVfIP2xeD7qk7CRLzYmUy82Fl2vNhZElp9PMaOQ7GbKI3ghFjtgD5tSAB92siurd"
    "VIAr3QHefZosvPme7MVKBOCW4EdsmsgD1MGovlvUHGGt8BTMMmw0Gw8L20LAPrZgb0GV0k"
    "NHBP+9jVxB2e2e/C97LXu469fC87Sc727uay3X9zwlVCGxHPPhPsL+Nv2bahDkTie8Q/mI"
    "IqC79j8SjHbR6DrC7gMVDQwzNFxJ7r9uOGShDKw4OwiQJc/F1gnmW/gdOSNVy4F5+KgL8v"
    "CLWxNrCF45KwtXl5TN8040GfCFvXFjOLttmkQrJYfn91kt/t6umCIsnlmNiKLpKMDcypac"
    "1Z3s+Juxnbl90LzHZlnu2eCH6mahTOcplTXFyoNlNb4+Tsw9nH0/OzcEYLz+RNZDkWoiqw"
    "aUEAN2X/lSw5qLyT0ebhKa9RTLikwG6TzSLj24/we2zJuGXO1S3ro0ZgC/Ktigt98MASBD"
    "6EKK4Le3jRVkrbaezDH8ENOSlg2a5m2RPa8k8IioCgiHI+0hV1j0NQxCFqXSYowp0t5/em"
    "TgztESvxESnBOpISUh7P0xyP56nA42ljbmoq4p0QA7Tl0A69AnR+UkRcIAqoS6JOJq4gfC"
    "KTIgjb12nnvcLIgRm1TmcqjMtKAPAU4IknxKX307ZLlE33ssf8wX7zq6JNwUQuEP0zMttX"
    "nSHPkPUPvDMsN9b7f2Q2b2/7vS98wz3/6GiDqeVEJjzrJDs86yQVnjWl5sXSVvbKR8UgHE"
    "LBGz+25guDsKJbuigvORf0lCwgr4D8YmmPZ7qzQTBcRA4QV0B8qj9ZNnEFAbb5c0tEDPBW"
    "CnkLCT/5lU1cCPxISVCh+MEeix+AR3SHIznwRahR/nEp8IgmQKVvqgdi6oYiqgkxgDXf0R"
    "zxam3paI4kK1cT2LWO5vgDu77wQTAUCwD3IEofJB7dUmXpdy2XTMk4c7ud2PXjPMe1GWm5"
    "D7+1jcdkEez4HXF6gucaPNclnTAq6sMEz/Uhal3Gc/1IId2Uuw9ky+zPO7rt935pt+j1YX"
    "N4N9DotNj9zCh58fmwxmXz8rqtDe4ubzrDYaTeZfz0yOy3v3QGnV5X67d/u6O6YE3T5+K9"
    "rtwCorMjs9v+qlG9Dpqf2xco8mFkDlghTtpxq9f91OnfsC5SpyKtmt1W+/o61io4tWpFly"
    "+tn9tXd7F2kZPeb6Tfot9utTtfgh8YObGJU6P4nHOXuIZSWn8oUObhu6E7eidJ5vfWRGCN"
    "ZZNiQXvgxJQ5Mfa+2eBFHBGD1JryvHTTa61gHzs1eyYuBZVJk8+Mb00qopqUA16uXFk1tR"
    "msOVxnjAnZkpC7c3AVFzCyVFzycV1PdvrTZgHQ3q56quSgXQtu/A0jUUD3FZLBKgqt8s5G"
    "eyOQb/196fq66/3QdNJTvMVxHokc7nJn88ZyPPJREwVy/3CQF6ONXMuljY/RI1646P4FDX"
    "67RsQc+9sX0kOE9fHMb03F6C1MR+fc69ukTVr4DUbmyGwi/quRNUWEtreezQvk6E/0jkhn"
    "t5sSetHGzyywxUGY7SsRnvZelMfoeUboLZ6tpTFBi6U7MplOEX1aaBvv+yEyRe4MvyC2M8"
    "WEHdqY/z4oi1uCl/ox8OgHxKgCj36IWpfh0f28ItUYpqQYRDCl9qbWvfyApWCv72xYY0IA"
    "aipq1NVtRztRQDQiAXCK4Wwow9kAOLPhPFWG8xTgzIbzTBnOM4AzG873ynC+BziFKToBX6"
    "DsC4mKwZbuKlu6p9mktD7SylDcqjwgjW49xqOqmpDhTKMjcdd7lve5xXAkYOn8K8d57Jxn"
    "b+wjuDM6jqKxnccofs0OOcW8VjNsLKZLY2UoQbgo0FxAeADNBVrfL80VztZxjQ/mumGsoW"
    "P2u/7dpX69JfBp48N5uPplH/IWvoOb5vV1evUrLs+fHVO3/6L8NYqpcxb0GwhiRLPhjsrU"
    "YSui18F8stFrIikLEY3leS+klwOpBbokN5KSA4YkVT7G2CCqMSYEIY2lJ51qAWvZ6q+XgT"
    "8qNlA0m53bJJhxW36uHIO2GIYuPeMWgHHNY3FjLxnVkMbIRiPicjsqxe097vOL5dZpHAsq"
    "3EuE3irS9FvswlCG6bX4uNsC2Hk+DjMZ+mCUrmPptfC5KJaq/8Pvn/W8dIKdAiBsFPj00s"
    "+UFWVWgU8/RK0rhI2qZixGhMAITRih7JWmCGhEBOBcl6kYLB22NI1W0QrVhFUiUTHylK63"
    "OZdOIVZ9zS3OyJNaphS6JrbJeHYkWPL7V3KX+/qqzS5jcpSW9ZmEvXCaFLD0vvZKaz8Ww9"
    "Jnr+KfsC22z7Mr0kRE6liT5v17mZo0799n16Rh1+Ive/ZQKSDsN68huidSFX9Ocir+nKQr"
    "/tA7ukIi9JdBr5thgq5EkpYIGbvov8ggThVjPnLAZWDEzI2U5zzpJE+sulgHl9tG8G77Mv"
    "v7/wGn65c2"
)
