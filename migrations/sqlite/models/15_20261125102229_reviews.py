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
    "1vXl7TXiMfRuZXqvz+TbNPv1F4eCQ3GuPh/2cy0f9n2cH/Z0n38iNWct37zYsZBOtfsPtz"
    "2kvlVZzm5FWcpvMqIG9lt3krDvlLtDN8TtxPIFGnnSj2HfBjmS5zVXHsFAZ3Uq6Gg/xEap"
    "Cf5AzyE8Egn+mN9+cqSK8kaojxucwb8Dz7DXieegNWaV+bk91OJUVkC1nPpnLsT1QGIiry"
    "Iyo4VgW482oeUBEdUls48nyHoDXdjsKUr0JSFfYy9orS5wsDa3PyfVuPy4D3dEO+1x4pzb"
    "GW9nifeFXlSY4nPNLfY891+xFPtAf6OsY22Razz7ybl5qOsMXMcq0tEbplfdRpRCm5WkTO"
    "0Ww8eyYeWvTPAVcCVvBLRT3qAsdUwuG+vsBvytm/fmvkJlrotkvGZKGb7j8c9ETwM9u6WE"
    "d+p/Sc1+1bNGQ7FZvsGI1ZqhAiDnrECxfpDm3PT3mLqNjuyIXfYWS+oaA7eIKmls23T7aY"
    "L81BlokwtUNekB9Cc4z+wrZF29ELrE/6hX5AjkV7mujO7N6i45V9Eaqel5EZVNfiLR22Qf"
    "MzcWdUFCN/lCE69mjnLG+ffUEqyb8Q7TW4oSO1efOSLTVh52Zw+1XjNVJRBxC4/Q5R6zJu"
    "P+8Fo43FebKZDFdSbH8017td6dijuRonZx/OPp6en4VcV3gmj/BKc10cH/VnKSIGifzleW"
    "7S0yWU+t1B2h1bDSoiGhEBOKFy8mttwrR0gHlfj2rkYS1TMeoI/SJgHuLkzHriIRE3L0M7"
    "sGha5Mx027PPmZ3tW9GIWvXsYyRrKMYXvBVQDFv0NjJHZvs7/bbGC29IL37zZb8h3Zygbx"
    "HRb4yRcLD7Fvn3ZB+D246pMF0xozcupzHYOB2Z31izbz8cM+LheWahuf6CJtazaVj6hLEM"
    "Xhy9g6a2NffIDPod/O/GWQg9vAMxs/iFBJnwR5BE5E+YhMP+J6vfPYknUK0uAgEBBEQ5Z9"
    "qKmqJAQByi1mUIiHDSTek8P8YmKlenkL0i4mwi7zVFayotCZVh4tgG5TTVcI1LAaawqfXO"
    "QWVLbUVEIyL7XbSWEkxgUl6FSYlYa1tiK1/2oZyz6lpo42+V9dAm7N0t4VUrP1JRiNMLou"
    "2Jq/gcndZEEDckqQel4julnJzXaiHyYpIJ2N2KDEzWYBAwgoIyDTmZ8kFtCM32mkuygkOC"
    "J8i1OA02JSZxZvSz4xWyYjxehBbzabOfEK9dPEHPM2wi3XnEkzQ9WFy3kL5fgkXKMdBoB0"
    "SoAI12iFqXodFqn77/212n9av22x0Fiu/0Ev88Mm863Y7W/n3Y7g749fjnkdltf9U6g8Fd"
    "+wKFh8mXY8aoSWQrSyUr5+QqJ5MM+aJAcX+9qEyZ1VZIaNAudst65f0hygb/AW0QUTrod7"
    "lDRAV3HuvdtruK62wuc4HY35HZ7A6+tvtsM6/gaJNpvvi9vGCzjrr5DcpJaW2JqU8FKO98"
    "EJUCTGHjg51ufCBkt51Vkfctca19ufj447oe2tfwd1UUWhl31+tEufqjerCcz3X75UhU/D"
    "Xe4jiP1g6GkMMbEygGC2wysMlHleIVgU0+RK3LsMlTCin96QLiIJuSjMrUgpjZNyXpuHjh"
    "aK7+iJWo4ITYHpmaV3h/7YYL1m3X0UyMJ1iwkvhl0OtmEAkJueQcR8Yu+i8yiNRGDpupYL"
    "WuuF8SwyWm85bd7zWWFgynfNUktZCYt1gHSdWYdNhrfISrPBJxKXgi1Kei1yWBShmkVAQH"
    "tFmUWCaxoRooJk1rlFIBhbAaxZnTregWhQJjOnb9OM+Ujm7eB2Y0mNFgRlfKoAIz+hC1Lp"
    "Xb6HPBqps9JOVqYU7vYdOH6DdTMBcSYmAvKNsLFBxbaYSHAjUAO7EJgcy4Ps8e1uepUX2/"
    "mKehzU+O9kU2Ck0rmd+twLRoG08xix3DmkHMRwGjkE31CESB7Smc7XEWeEx0gyfKEBtnbD"
    "2bQ4VmyNdgktl/fKz1RCbYpksb4V7J2UpISwL8QMCVnoB77S0ryrZczyLdBAXzgaksN1O5"
    "GoaimJ/oGM0J90k8FEBRAkUJFGVVyCqgKA9R6zIUZQUThG7b3atO97PinBqIXSD/YGTe9n"
    "ut9mDgnQyPw72aWQpReHgkN1B2nEPEkj7n/Fnz65IIUufYsyp+TsXSec9rBZ/VHMjZ85aM"
    "L1G1bsGo3dyojfq5VfPg0qKQDZesTEi+q1YlDCUgYyvBv/AdGFXpl6gQDM81SXCJ8Jgt84"
    "qS0TbVhHh9Slx6HpRIjOPjsgCQt6s0VhGIY09xRrWxxLS7b2jLOeWuL1cYvm6Ud13eZV5c"
    "sOmrgByL7AebTY3F9p4FXgx4MeDFqsKQAC92iFqX4cVUQ/YgVE8tVM8xlg8q+Abti8H3VZ"
    "2EiXixM5l4sbPseLGzJLT6eIwdh2I3URrBCbHaAX3akAD6tJFdW6uRBHqhO86zRZefM92Z"
    "qUCdEtwI7JJZAXuYNBbLe4OMNb4DmIZNhoNg4XtpWQbWzQzoM7pIaOCe9rGriTs8s9+F72"
    "Wvdx17+V52kpzt3c1lu//mhKuENiKefSbYX8bfsm1DHYjE94h/MAVVFn7H4lGO2zwGWV3A"
    "Y6Cgh2eKiD3X7ccNlSCUhwdhEwW4+LvAPMt+A6cla7hwLz4VAX9fEGpjbWALxyVha/PymL"
    "5pxoM+EbauLWYWbbNJhWSx/P7qJL/b1dMFRZLLMbEVXSQZG5hT05qzvJ8TdzO2L7sXmO3K"
    "PNs9EfxM1Sic5TKnuLhQbaa2xsnZh7OPp+dn4YwWnsmbyHIsRFVg04IAbsr+K1lyUHknI4"
    "WIn5VFYFgPliK2QmGIqcoNAHqNcs0lHbrb5AuJg1LiA7IIjA8gPkX4FCuHqkToamYBbZlC"
    "eMv6qNHIFqQPFhfJ44EliOMJUVwXxfOirZS201CeP4Ibco7Lsl3Nsie05Z8Q4wMxPuV8pC"
    "sa7QExPoeodZkYH3e2nN+bOjG0R6xEr6UE68ixSTnwT3Mc+KcCB76NOXOiiHdCDNCWQztc"
    "z9L5SRFxgSigLok6mbiCaKBMxitsX6eNJAvjumbUTJ2pEIgrAcBTgCeeEJfeT9su7zvdyx"
    "7TYfvNr4o2BRO5QPTPyGxfdYY84ds/8M6wVG/v/5HZvL3t977w/SP9o6MNppYTmWjDk+xo"
    "w5NUtOGUmhdLWznIJCoG0T0KwSVja74wCKshp4vS7HNBT8kC8grIL5b2eKY7G8R2RuQAcQ"
    "XEp/qTZRNXEC+eP7dExABvpQjOkPCTX9nEhcAtmgQVannssZYHOPh3OJIDX4Qa5R+XAgd/"
    "AlT6pnogpm4oopoQA1jzvfoRr9aWHudI7n01gV3rb44/sOvreARDsQBwD6KSR+LRLVXRia"
    "7lkikZZ+4eFbt+nOe4NiMt9+G3tvGYLIIN7CNOT/Bcg+e6pBNGRX2Y4Lk+RK3LeK4fKaSb"
    "cveBbJn9eUe3/d4v7Ra9PmwO7wYanRa7nxklLz4flmxtXl63tcHd5U1nOIyUb42fHpn99p"
    "fOoNPrav32b3dUF6xp+ly815VbQHR2ZHbbXzWq10Hzc/sCRT6MzAGrK0s7bvW6nzr9G9ZF"
    "6lSkVbPbal9fx1oFp1at6PKl9XP76i7WLnLS+430W/TbrXbnS/ADIyc2cWoUX0LBJa6hVK"
    "UiFCjz8N3QHb2Tmgn31kRgjWWTYkF74MSUOTH2vtngRRwRg0yx8rx002utYFtGNXsmLgVJ"
    "IclnxrcmFVFNygEvV64ksdoM1hyuM8aEbEnI3Tm4igsYWSou+biuJzv9abMAaG9XPVVy0K"
    "4FN/6GkagH/QqZdxWFVnmjrr0RyLf+Not93fV+aDrpKd7iOI9EDjdttHljOR75qIkCuX84"
    "yIvRRq7l0sbH6BEvXHT/gga/XSNijv3dOOkhwvp45remYvQWpqNz7vVt0iYt/AYjc2Q2Ef"
    "/VyJoiQttbz+YFcvQnekeks9tNCb1o42cW2OIgzLZJCU97L8pj9Dwj9BbP1tKYoMXSHZlM"
    "p4g+LbSN9/0QmSJ3hl8Q22hlwg5tzH8fVHkuwUv9GHj0A2JUgUc/RK3L8Oh+XpFqDFNSDC"
    "KYUlut615+wFKwdX02rDEhADUVNerqtqOdKCAakQA4xXA2lOFsAJzZcJ4qw3kKcGbDeaYM"
    "5xnAmQ3ne2U43wOcwhSdgC9Q9oVExfZrnFaDXlZhk9L6SCujZ+KhRf/Ik6W8o1uP8aiqJm"
    "Q40+hIlGD2tmLr+txiOBKwdP6V4zx2zrM39hHcGR1H0djOYxS/ZoecYl6rGTYW06WxMpQg"
    "XBRoLiA8gOYCre+X5gpn67jGB3PdMNbQMftd/+5Sv94S+LTx4Txc/bIPeQvfwU3z+jq9+h"
    "XvNpEdU7f/PSZqFFPnLOg3EMSIZsMdlanDzlqvg/lko9dEUhYiGsvzXkgvB1ILdEluJCUH"
    "DEmqfIyxQVRjTAhCGktPOtUC1rJtJ1AG/qjYQNFsdm6TYMZt+blyDNpiGLr0jFsAxjWPxY"
    "29ZFRDGiP75ojL7agUt/e4zy+WW6dxLKhwLxF6q0jTb7HlRRmm1+Ljbgtg5/k4zGTog1G6"
    "jqXXwueiWKr+D79/1vPSCXYKgLBR4NNLP1NWlFkFPv0Qta4QNqqasRgRAiM0YYSyV5oioB"
    "ERgHNdpmKwdNjSNFpFK1QTVolExchTut7mXDqFWPU1tzgjT2qZUuia2Cbj2ZFgye9fyV3u"
    "66s2u4zJUVrWZxL2wmlSwNL72iut/VgMS5+9in/Cttg+z65IExGpY02a9+9latK8f59dk4"
    "Zdi7/s2UOlgLDfvIbonkhV/DnJqfhzkq74Q+/oConQXwa9boYJuhJJWiJk7KL/IoM4VYz5"
    "yAGXgREzN1Ke86STPLHqYh1cbhvBu+3L7O//B87B8rY="
)
