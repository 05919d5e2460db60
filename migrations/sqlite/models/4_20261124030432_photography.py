from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "children" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "first_name" VARCHAR(100) NOT NULL,
    "last_name" VARCHAR(100) NOT NULL,
    "birth_date" DATE,
    "preferred_style" VARCHAR(100) NOT NULL,
    "style_notes" TEXT NOT NULL,
    "special_requirements" TEXT NOT NULL,
    "deleted_at" TIMESTAMP,
    "parent_id" CHAR(36) NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
) /* A child profile owned by a parent's account; never visible to anyone else but staff. */;
        CREATE TABLE IF NOT EXISTS "service_packages" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "description" TEXT NOT NULL,
    "duration_minutes" INT NOT NULL,
    "price_amount" BIGINT NOT NULL,
    "max_children" SMALLINT NOT NULL,
    "includes_styling" INT NOT NULL,
    "max_outfit_changes" SMALLINT NOT NULL,
    "included_photos" SMALLINT NOT NULL,
    "includes_print" INT NOT NULL,
    "print_size" VARCHAR(20) NOT NULL,
    "active" INT NOT NULL,
    "service_id" CHAR(36) NOT NULL REFERENCES "services" ("id") ON DELETE CASCADE
) /* A fixed bundle of a session service: its own length and price, and what it includes. */;
        CREATE TABLE IF NOT EXISTS "session_children" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "primary" INT NOT NULL,
    "styling_requests" TEXT NOT NULL,
    "child_id" CHAR(36) NOT NULL REFERENCES "children" ("id") ON DELETE RESTRICT,
    "session_id" CHAR(36) NOT NULL REFERENCES "sessions" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_session_chi_session_61cd60" UNIQUE ("session_id", "child_id")
);
        ALTER TABLE "sessions" ADD "preparation_notes" TEXT NOT NULL DEFAULT '';
        ALTER TABLE "sessions" ADD "package_id" CHAR(36) REFERENCES "service_packages" ("id") ON DELETE RESTRICT;
        ALTER TABLE "sessions" ADD "special_requests" TEXT NOT NULL DEFAULT '';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "sessions" DROP COLUMN "preparation_notes";
        ALTER TABLE "sessions" DROP COLUMN "package_id";
        ALTER TABLE "sessions" DROP COLUMN "special_requests";
        DROP TABLE IF EXISTS "service_packages";
        DROP TABLE IF EXISTS "children";
        DROP TABLE IF EXISTS "session_children";"""


MODELS_STATE = (
    "eJztXW1z2zYS/isYfblkxs0ksmyn7s3NyLaSqLWlnCU3ndYdFiIhGWeKZEHKttrmvx/AN5"
    "EgSJGSqJAUZjKOBGJB6llwiWd3sfy7NTc1pNtvuqqKbHtsPiKjdQ7+bhlwjugH0eEj0IKW"
    "tTrIGhw40d3+0O2oOKynewRObIdA1aEHp1C3EW3SkK0SbDnYZOdqdQ1gWvDPBQITBAkiwB"
    "X+AZiGvgTYscHoU/e79skp0PAM2Q7ANrAdkyDtCNgmgEBH8BHMCDRoV8N0HrAxe8POrJkq"
    "PTX9VuZJFgamg9LfO0POAyL0VL/9TpuxoaEXZAdfrUdlipGuxaDFGhvAbVecpeW23d31rz"
    "64PdkPmCiqqS/mxqq3tXQeTCPsvlhg7Q2TYcdmyEAEOkiLQG0sdN1XTdDkXTFtcMgChZeq"
    "rRo0NIULnSms9e/pwlCZnoB7Jvan8x//0iLdFGUwHCuj3lhRWgn9skvgtOE3qabB5gammD"
    "JgvnrjrgBxW1vsBJefurevjk9fuxCYtjMj7kEXrtZXVxA60BN1QV+hrBLEMFGgk0T7ih5x"
    "8ByJEY9Lcshrvuib4MMmGggaVipY3SIBuAF8JQDeoj9QG9IbwNd9hgLG/ZveaNy9+cxON7"
    "ftP3UXv+64x4603dYl1/rK05dJ737PNoSDgC/98SfAvoJfh4Mer9Ww3/jXFrsmuHBMxTCf"
    "FahFpmnQGqBGe660vrC0DbUel5Rar4rWA4wiavevfqV116YrD9B+SGr98gESscbjUpzGKX"
    "Ll2NYyNTyHL4qOjJnzQL+edjI0/HP31rWtpx1OawP/SNs99DUGM3qxMFXaBjdXXLKBN1d9"
    "b6akDSXoid4Zm9jQuOQO1OzfPVLLu9fywkZEKbYUjYjscj1aXaWuWX6yFf70Ubj6ZFAlof"
    "1AiQWeGT+hpQtwn14HNFQkANSnX3f+MPWEdNW6upUJfA4pUXRC0d9OfzFyvGd2d3TZveq1"
    "XIQnUH18hkRTYlCzI2bb5FrCvslD8/acb4EGnLngsF/BrjmKuoAMB9pIZ8HsB+Vjv+lYSm"
    "ZZgVv7SDLLA+IYklkeotbzMEs0h1gvQipDgcbxyfZJHkJJe6UySvdYnFJa0LafTfrALkre"
    "E4K7wftb30kc4ie5ED/JQPyER3yKie0o7rcCcMelGoj1u7dvc2BNe6Vi7R6LY63DDaCOCU"
    "mk8yFtUZQKoRwKbIRwxfwScYCP2znwPW6nwssOxdElpp4Cbs9YzBNcNu4T8mX3N5Nbl9f9"
    "3mBckFT4UufA+//e+Hw7/Ll/1bs9B8Gne6N7ddMfnAP3Pz7UmGvun+aZ+vx6JzLzTxM+Wb"
    "beUJ4QwXRIAf27MCn+0MhYrMSEOS1NqHRZagpb9kv8LobD69ji86I/5uC+u7noUTW4WqCd"
    "sOeU6NMpFcd+DskjXbMbM9fTgQwBM8iEXygvNVBAA57LaBNSFpeUrurqcDCPeid8q+muwN"
    "V0SCShcDejL/7hp1ukQxfRpO7FiS81W3GlOWBjN49NfyAdd0ugRt4oTQXpGWJHx7bItBcA"
    "6Ys/Ss9wyLKpUKkPWNeId79sDtUlG6VJEBWKVEQYDTGfsIaIQj9MsWj9HaA6NNDYpH/WY/"
    "vZH/PzashaPtXEIBeI8PBACII9AqzS4z68smQMSMaAZAyoVtEAGQM6RK3niQFp2LZ0uCzs"
    "yOXlmujLbefy5bYzfLnthC93gs0kzGP04ohh9rvv0b/4DR5V494v49jtEiD46qb7y+vYLX"
    "M9HHwMukcQv7weXnBALxEktmJOFfRiIYKR776NA983UnBPkeb0gD2vVhl6eFvWFJ+xK/iu"
    "/a5z1nl/fNp5T7u4Vxm2nGVoKumkYhb9r4LhiajMHmf23fiyrMlddnIytfcW86Iqtg6VOT"
    "YWDhJ4NlJnc5r4/qbzu06nLjMaPs0U+vPZKZPrIKTiOdTFKMcF+WWQJ/nGH6G27FSE4VXv"
    "sn/TvX51fNTmnNrBZO8knoMEPWH0TNFbiCILGTM5LiYNMj99VUjtkAaJstm+kRTxnQSSK5"
    "Tvs3sTXZ2U828K8w4TzvMERWyL2lOoO1j0PCzimQ08YiN/wMY6sumce8LqtnCNvFGaChJ8"
    "gpj+AEyfY0vFfEKE0LmxbdAtMubQH/Ig8HumV2o+7xC9L+6ATcVORi5zx5rWbUkKgkclb0"
    "iqwgN3x9uRttpilHyWZoSgYg/cHEEo7om/vhIH1T8g5jOwEAGB8NItgPFHMKj9Kjxw/voP"
    "ViYDGsBXJ/ifiQ1gGgBRm70ELGgygTZKFuMo8TyCiNlvISKsg4vt7zKKJqNotTDxNY2nyC"
    "jaIWo9TxStaPSs7KjZN3Ss5ImZnaaHzE6Tux9MGwdr3ZxewqiI9BDyHsJwKVVsHcCJySIJ"
    "2UUSosuzOMSFCyUUz2yrKMJrSQo3x6pUNyHweAmoTMQZlk5gon633SbPxamArS9mkgpIKl"
    "ATy1DTRaGkAoeo9TxU4JFCKqYC67eTBrJVTqZrXQ4Ho7vrcXfcHw7OQfTbvTHqjUZus//B"
    "3Wj6Y+9y7O4zZR94t1muRLydbyytGl9rWpajuwgpgG/Qv4n4dnLh28nAN5k9E72yBMzp2a"
    "ScmMwqLZxVqi4IQYa6LDK5ozINnODHeQoypNdjSE5t92oVbUHcEOcG6Y5ZQ+zPHVSmAnbs"
    "EaL4bIN3mrjEWlhX4WUrrFPEJdaiVF5dp2t3dWE75jxELQl2Zh2L1DFkLYsCtSyg6uAn0T"
    "bfTOhDoT1iHTigagv1ZDGdIqJM0NQkaAMLkyovIykpUMOpQ/9ujHRCXAItWqAYpoPVTSa0"
    "WHiPe1/adYH5wST4LxZ0gcsiAPNi+4P2+7oga+umo9DBEXmC+gZzOFV+f1gf1wVrDWJ9qe"
    "h4jovsLOKkNsK1Ylu2dj6JEXQKTdqg/x5tbU2gVJn/X/eSuBXL1LHIpfTjaDhI26UlFOcj"
    "RVh1wD8gqPBUimNvFZ2dLLDuYMN+w873LQK0DK5shx/v2zuKR3/YALzDTybLyGSZZibLRP"
    "biQuFiZIP9YLd0pAYhLvflyIqCpUFlUUDgbEc33mdvsCZhtYdkPtdcpSf0BdZsbVKfElrQ"
    "9duRxg8IWIQKAXMKTIP9N0UEaSDwLf8AHNrFRg7r4A7MNgpF2ngBO7kXqayTCLMP7VX6Yy"
    "IyIRMRZSJiPexQTVPSZCLiIWo9TyLiNgkUMsCcM8A8F9cvusCzVHBXMk2C9Pt2+/j4rP32"
    "+PT9Sefs7OT92xDb5KEskC/6H/sDLvYpckV6C69iy4a4lHTKZDtlIuu6LX0yzasWc8T5Yu"
    "Izq0r7loRlZwScJ608TTr5SS+Sk68og26qUGeFDhAlHtABGmacwwZTYs5dKvKM0OM5UHXT"
    "pkTklWECv5LMa2AS4GXkBE3icgw7P8Pa3VcaXErOIzlPTaxbTVe/kvMcotZzcR4oCKMyda"
    "fF/IVh06iOa6jfDH0yHXEr6dTqbOnR54iIjDjvPOJsmE6xvWl+/wbs5uHeEJzrXartjHep"
    "tgXvUpXxfBnPryaHrHDxC0H1zTUUclWjMyeBjDxU1tPHrsvc9CUwLWRQ7AG0fbL3DHX9O0"
    "ro1EfAnuG2W4APO2Bqsn0cXoiLvXsAQJWYtg2uRuMkd9z98PKdVxUwWEeSJR4QX5As8RC1"
    "noclMuMuZIqjOTXvqYGbiFiTIjfH7bPTMFbDvmRFZ0Y33etrQTjGgcTxo4VFYeVlJbZxbJ"
    "GhbYhsXFLiyjNBd0cYvTxs6VjEVTLf9iMS3/qdP5Xa85DlR/Lf+HNS4I0/knlL5i2Zd/FM"
    "VS9fXJilGqaSZ2WorrLWS31nM1eF0n2o08Ux7fVbS6UG0nvcrNol35V8t5pWo6bMR/LdQ9"
    "R6Hr4bGt2COo/KNVDj9dVw8sZmVK+4gldSUr2VVu+ERRyo9XXvyKJaTghLZddC2UhUSDif"
    "qpGwjrBUdLUU7RZ1eUSFiolGZRpYTLScasQOdBaCDKd8RblX0nvMsLnt/feOzq/eVUFWuR"
    "I8B+HHe+NyOPjQv71hreHHe6M/UD7fDj/e9kajcxD5wvrffL7ujb3+/kfa2h1c9q6v3dbg"
    "470xGCqjT8Mv58D/0NpE7Tuv8J1Sq2ZNKKJxBWt25yjfZKsTL9mkEMSeNzzJwtNlF55meZ"
    "QCi5FeTT0UaEDmZdayqow66v57UBWC6I+3RZY6HXeRrFRBYRVYBFnQ3+dbeO4LhaUSir9P"
    "wCvktpkjnpPdAdurWAHDJpG9WMk+gqBd7NUdKeIb3XI10nIZ9xxB04WhKRYiKhKtaLM5Ql"
    "K6QaVCd0EXvGBvwSyPmJDM8eAf1V51r6KZMzGpLUCt2FzdEaYyHakMWGVhDpnjVbscr1u6"
    "urvtX45boqm8A5QPuv6JGNxVStiW2N7ZqI6urLzAxhZGOXC1VoVAdzNp81cWreYyYb1hiC"
    "2TUiBOT/6MTOkHrGsEiV4wVbxA8CUbrEHzutRyrvF6wYJU2URB4fSE2aCCsUJvO4LLeV97"
    "5MmysoOi0kHx4qre3iM/HikTaGUCbUVtQE1TKWUC7SFqPU8CrSwrVLisUA1zbr50++P+4G"
    "PBx1Agdg78D/fG8MOH3i3LkvE/3BsXw+FPrMH7/9647n0YnwP2t5Xv3io5W8at9r5Zdikn"
    "KoNQ1bFjyceXp6wNEktjglLHNdDxi4XpoBssVETyUuNV1riMuMkwRlVBzQhjSP/6buuLS/"
    "f6Lt3r33jfv+f/FbgyQ8dwugsz6ojOU0vP7Q8sLwQIzGcDaWCyBBBYkI7i/MsGUFVZDvcP"
    "wEBPiIAnbGN6LuCYABpLVu6OXgICk4UD6HyaTkUV9co5iayrVwEbfyTdpAfkMJNu0kPUeh"
    "436RQT21Hcbwmtp+9SiUs1cJ/Ku1x1rN9l1LF+l6xjrcMNoI4JSaTzIT3BxHlQAqd93hhA"
    "XGrLUEB9fCeCSIBF0BQR4hYgWOqF5qtAtAF7TPYwZ124iu/q4cQagPW33NeGCZojY/O9bV"
    "F5qYrCqvCo/CZr0Lik9H1XZ8mZZBqe96Dwzggifd+5s81dsKQrcX0eKdnclRj1iq8Kdsos"
    "0n1mkXIJz8KKq3xKdFbhVc9j76cX536xyRS/MM/owtCYm3QKIPBnBPBHPAfYsZkDFXhrSA"
    "AN5lelR47cj8/sTZeY/jNUfUGHFzljyzmJdMZWwJIfSWfsAbnlpDP2ELWexxlb1Dco3YLF"
    "XCzRK0vAnE7wOTHJ64vz+oVfd8Z7tYlgoZxau0Ek2qSaZO13nbPO++PTTljDIWzJKuQgS7"
    "5VsuQbs2Hpewqzq5TwsvtTw9tydbCLCiUBaXGjCuycyRlumjqCRgr7EIhz+E6ofFkAhy37"
    "teUXw+F1zJZf9HljfXdz0aPPUe6NQOKJbS6cKXboHIXGTGTD10/v5AhykicnuaZYD6ZjFk"
    "ZYIC7hFdkQ+sATPiNzWZBQWNqPAvbDRU2x8V8Fg8lRqQYsvPm3pefgOBl1s5Nls6Hq4CcB"
    "xJlTeyW0xykdOOtqO6PldgO53aBKsaw82w32HszKgXc1A+37DmNFQn/CIFY8NLj23YFKof"
    "0E6eCklEIJdeueJlECRYaMZMiomsa0psEDGTI6RK3nCRlRhjSHRFDqJHPFH5GSLLbImt/z"
    "Hm72CgSBbAMY7b5DSe6Ko+i++YiMpFwJHuutGIvy2KiUBHUdjw1XzFvz2Ly8qqLA5uCx0Z"
    "mVY9t8QIq2RLZpeZc8rlEjWLhiapnkt4sIVh9aAtrrHznKIrxw1WenNHcbSpseoRFZS0FQ"
    "xtffdlS28rkL6Qz2CRGxvUwPFUREGpgO1T45yRMqODlJjxWwY1ywgN5UBRD2uzcQ3VKSze"
    "gZHeEmjB9Hw0HKOnUlwrNwrDrgH8CKHNcQ7QxwGRjZHIGnA9ziiw1wIVp97fNh9vX/y3Cn"
    "+Q=="
)
