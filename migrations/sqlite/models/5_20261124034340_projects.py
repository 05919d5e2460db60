from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "projects" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "genre" VARCHAR(60) NOT NULL,
    "bpm" SMALLINT,
    "special_instructions" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PLANNING: PLANNING\nIN_PROGRESS: IN_PROGRESS\nREVIEW: REVIEW\nCOMPLETED: COMPLETED\nCANCELLED: CANCELLED */,
    "last_message_at" TIMESTAMP,
    "client_id" CHAR(36) NOT NULL REFERENCES "users" ("id") ON DELETE RESTRICT,
    "consultation_id" CHAR(36) REFERENCES "sessions" ("id") ON DELETE SET NULL,
    "provider_id" CHAR(36) NOT NULL REFERENCES "provider_profiles" ("id") ON DELETE RESTRICT,
    "service_id" CHAR(36) NOT NULL REFERENCES "services" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_projects_client__f7dd00" ON "projects" ("client_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_projects_provide_5d0762" ON "projects" ("provider_id", "created_at");
        CREATE TABLE IF NOT EXISTS "project_messages" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "body" TEXT NOT NULL,
    "project_id" CHAR(36) NOT NULL REFERENCES "projects" ("id") ON DELETE CASCADE,
    "sender_id" CHAR(36) NOT NULL REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_project_mes_project_dfc734" ON "project_messages" ("project_id", "created_at");
        CREATE TABLE IF NOT EXISTS "project_milestones" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "due_date" DATE NOT NULL,
    "done_at" TIMESTAMP,
    "project_id" CHAR(36) NOT NULL REFERENCES "projects" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "project_thread_states" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "unread_count" INT NOT NULL,
    "read_at" TIMESTAMP,
    "project_id" CHAR(36) NOT NULL REFERENCES "projects" ("id") ON DELETE CASCADE,
    "user_id" CHAR(36) NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_project_thr_project_eefc34" UNIQUE ("project_id", "user_id")
) /* A participant's view of a project's thread. The unread count is kept as a counter */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "project_thread_states";
        DROP TABLE IF EXISTS "projects";
        DROP TABLE IF EXISTS "project_milestones";
        DROP TABLE IF EXISTS "project_messages";"""


MODELS_STATE = (
    "eJztXW1v2zi2/iuEv9wWyBSt89Ju5uICTup2POPY2diZLrZZaGmJjrmRJa0kJ/Xszn+/JC"
    "XZeqFk0pYdSSZQNDbFQ8nPISk+5xwe/qc1tw1keu86uo48b2w/Iat1Cf7TsuAckQ+8yyeg"
    "BR1nfZEW+HBisvqQVdR8WpNdgRPPd6Huk4tTaHqIFBnI013s+Nim92p1LGA78N8LBCYIus"
    "gFTPhnYFvmEmDfA6NfOj+1zy+AgR+R5wPsAc+3XWScAM8GEJgIPoFHF1qkqmX7M2w9vqN3"
    "Nmyd3Jp82+dNFhYmjZLf+4j8GXLJrb7/gxRjy0A/kBd9dZ60KUamkYAWG7QBVq75S4eV3d"
    "/3Pn9hNekPmGi6bS7m1rq2s/RntrWqvlhg4x2VodcekYVc6CMjBrW1MM1QNVFR8MSkwHcX"
    "aPWoxrrAQFO4MKnCWv87XVg61RNgd6L/nf1f+Gixapo2GI61UXesaa2MfukjpLQRFum2Rf"
    "sGJphSYP4M2l0Dwkpb9AbXv3Tu3pxevGUQ2J7/6LKLDK7Wn0wQ+jAQZaCvUdZdRDHRoJ9F"
    "+zO54uM54iOelEwhb4Si76IP22ggKlirYD1EInAj+PYAeIv8QGNIBkCo+wIFjHs33dG4c3"
    "NLbzf3vH+bDL/OuEuvtFnpMlX6JtCXTUZ/MDesGgHfeuNfAP0K/j4cdNNaXdUb/71Fnwku"
    "fFuz7BcNGrFuGpVGqJGaa60vHGNLrSclldarovUIo5jaw6dfa53N6doMerOs1q9n0OVrPC"
    "mV0jhBbj9z6z41PIc/NBNZj/6MfL04K9Dw7507NrdenKW0NgivtNmlPxMwox8OJkrbYnAl"
    "JRs4uOo7mLJzqIueycjYZg5NSpag5nD0KC2Xr+WFh1xNbikaEylzPVpdpW5YftIV/vSJu/"
    "qkUGWh/UKIBX60fkNLBnCPPAe0dMQBNKRf92Ez9YR0Xboeyi58WVGieIciv538YuQH7+zO"
    "6LrzudtiCE+g/vQCXUNLQE2v2G07VbKqm700b8/TJdCCjwwc+ivoM8dR55DhSBv5LJj+ID"
    "H2m4+lYpYVGNonilkeEcdQzPIYtS7CLNEcYlOGVK4EGscn2+cihJLUymWU7FqSUjrQ815s"
    "8sKWJe8ZwXLwfu2RlEL8XAjx8wLEz9OIT7Hr+Rr7JgF3UqqBWH94/14Aa1IrF2t2LYm1Cb"
    "eAOiGkkBZD2iEoSaG8EtgK4YrZJZIAn7YF8D1t58JLLyXRdW0zB9yutZhnuGzSJhTKHq4n"
    "t677ve5gLEkqQqlLEPx9sG7vhr/3PnfvLkH06cHqfL7pDS4B+5N2NQr1/QuRrp9e78R6/k"
    "XGJkvXG9ozcjFpkkP/rmyCP7QKFisJ4ZSWJkR6X2palRyW+F0Nh/3E4vOqN07BfX9z1SVq"
    "YFoglXBglOiRLpXEfg7dJ7Jmtx6ZpQNZHGZQCD9XXmlAQgOByWgbUpaUVKbq6nCwgHpnbK"
    "v5psB1d8gEoaQGYyj+5bc7ZEKGaFb3/MCXmq248gywicHjkR9I2t0RqFHQSlNBeoHYN7HH"
    "m9olQPoWttK1fHfZVKj0GTYNNxgv20N1TVtpKkRzMljgI9pxyN0ErTQVJMe1/4V0f0eQbo"
    "NWmgqSP6NGV42QLn/X7jRmTY1oS01CS8pDmOh9z9hArkY+TDGP90bYDi00tsl/Qn2RtXm7"
    "brKWq0k+yBKe1TQQHCcrB6t8f2taWcr3qnyvyvdaKy+c8r0eo9ZFfK8G9hwTLqUdKGm5Jv"
    "pQ2kI+lHaBD6Wd8aFMsJ2FeYx++HyYw+oHtOu/wqtq3P3bODFcIgTf3HT+9jYxZPrDwdeo"
    "egzx6/7wKgX0EkHX0+yphn44yMUodJskge9ZObjnSKf0gK29UZ/3++rij/QJfmp/OPt49u"
    "n04uwTqcKeclXysUBTWeMwndH/kHQLxmUO2LPvx9f76tz73hRA5nuHei80z4TaHFsLLh/N"
    "7c154ofrzh/OzurSo+Hzo0Z+Pr1ldh2EdDyHJh/lpGB6GRRIvgtbqC075WH4uXvdu+n035"
    "yetFPOpKizn2Xegy56xuiFoLfgefQKenJSTE3I6e6rQzIPGdDVttuvlSNeSgBHheLsyp+i"
    "q7PV41VhLnGjh4gz0nPIfApNH+9qn40sYqOwwcY6kEife8b6rnCNglaaChJ8hpj8AEzeY0"
    "vNfkauS/rGrs7uWJvDsMmjwO+FPKn9UiJ631iDTcVORQwo92WZDrlN+yUjD9ued0tWYVVS"
    "8l7JnfY/ZhccBX66xKpEwFOXWhZtThNE9A9c+wU4yAWR8JJl5/ln1Kj3ZnXh8u0/aQ4faI"
    "FQneBfNraAbQFEXmxLQD1LE+ihbKagPd6H41b8vkKEVmDY/kO5GpWrsRZTfE2dTsrVeIxa"
    "F3E1yroY9+1afEXrk4hj8SLfr3iR3Zplezha6wqaUuMiyoyaNqOullJy64CUmMrgUpzBJb"
    "48S0IsncVFPvyvoghvJCmpPlalpC6RWZBDZWIWw3wCEzdOlhthmKQCnrl4VFRAUYGazAw1"
    "XRQqKnCMWhehAk8EUj4V2LzXPZKtcsRh63o4GN33x51xbzi4BPFvD9aoOxqx4vAD2wX/a/"
    "d6zDbB0w9ps5lQtGLpu96rxteaFgrKFiES+Eb1m4jvmRC+ZwX4ZkOM4k+WgTk/5DYlpkJv"
    "pUNv9YXrIktfynTuuEwDO/ipSLaY/GQx2a7NnlYzFi5zcW4RE1rUxOHMQftUQMkWIYLPLn"
    "jniSusuUlffuyEdY64wpoX72yaZO2uLzzfnq9Qy4JdmGQntw2VaEci0Q7UffzM2wtdCP1K"
    "6IBYRwao2kI9WUynyNUmaGq7aIsZJldeeVJyoIZTn/y/NdIZcQU0b4Fi2T7Wt+nQfOEDbh"
    "Bq1wXmme3iP6jTBS5lAE6LHQ7av9QFWc+0fY00jtxnaG7Rh3PlD4f1aV2wNiA2l5qJ51hm"
    "+1VKaitcK7avrfROjCAvLDm/00b1DzjX1gRKndr/zSCIW3NsE/NMSr+OhoO8rWxc8bSnCO"
    "s++C+I0s/txbC39s5OFtj0seW9o/d7DQcthavY4Je27Z0kvT+0gbTBTwXLqGCZZgbLxDYs"
    "754DLgyBuWtYDji1eUmlO93bPi8CyO65PMOBdxs01lis1J440T1xpUc8sjk9P+oxmvI3Rj"
    "5qq9fM5j1b4xkCjkuEgD0FtkX/TJGLDBAZ4H8GPqniIZ9WYA3T3VSxsrSAl92wta+bcEM0"
    "vXWMaMZ9o6I1VbRmPeahmsbtqWjNY9S6SLTmLlEmygsv6IWf8zNhXeHHXHDXMk2C9C/t9u"
    "npx/b704tP52cfP55/er/CNnupCOSr3tfeIOUg5tlrg4WX3LIhKaUsV8WWq9i6bkfDVfPy"
    "Dp2kDFbJnlWlzV3cBEYczpOX6Cif/OSnWxLLXGHaOjRpNghEiAf0gYEp5/DA1LXnjIq8IP"
    "R0CXTT9ggReWPZIMxJ9BbYLgjClqIifs6K0u+wcYuaAZeK8yjOU5PZraarX8V5jlHrQpwH"
    "cnzNVN15gRFc33JcxzXUb4E+qY5SK+ncPH/5LvqYiHLLJ0ZGGW55y/blNvCF9Ruw5Sl1xr"
    "vQadjtgtOw25zTsFXQgwp6qCaHrHCGEE4e1w0Ucp3tVZBAxl4qm+ljhzE3cwlsB1kEewC9"
    "kOy9QNP8iRA6/QnQd7jHshRiH0xtutklcHHRUywA1F3b88Dn0TjLHctvXp2eVoEJ60SxxC"
    "PiC4olHqPWRVgindy5THE0J9N7ruMmJtYkz81p++PFyldDvxR5Z0Y3nX6f447xoeuH3kJZ"
    "WNOyCtsktsgytkQ2KalwTTNBtm2OPB52TMzjKoXnRvHEdz49qlIbQ4rsSOHZUecSZ0cp5q"
    "2Yt2Le8pGqQVA9N0p1FW9fFKG6Du3f6+nfqVSd7KVOFsek1veWTibI4HWzLld8V/Hdas4a"
    "NWU+iu8eo9ZF+O5q0pXUeVyugRqvr4azA5tSPXkFr6WUeiut3gn1OJDZl41IWS1nhJWya6"
    "FsxMu2LKZqxE22rBRdLUWzzDdPSCrjalymgRlX95Oy2Yf+ghPhJJa5fC19wAibu+5f70n/"
    "6n6WZJVrwUuw+vhgXQ8HX3p3N7R09fHB6g2027vh17vuaHQJYl9o/Zvbfncc1A8/ktLO4L"
    "rb77PS6OODNRhqo1+G3y5B+KG1jdpLT4Oek9BngyuicVl9yjOUb7PVKS3ZJBfEgTc8qezc"
    "+87OTeMoOTNGfsr5lUADIi+LllX7SDYfHharuYj8eI83U+fjzpNVKpBWgeMiB4b7fKX7Pl"
    "dYKUH+0IUg2912hviUbAlsr2JZHptE9hJ5DV0EPbnzTXLEtxpyNdLyPsaci6YLy9Ac5OqI"
    "t6It5ghZ6QblUy2DLgTOXskoj4SQivFIv6qDFGiykTMJqR1ArVhfLQlTFY60D1hVYg4V41"
    "W7GK87srq7612PW7yuXALKR53/hA/uOiRsR2zvPVRHU5YosImFkQCuzjpbajmdVjz9ajWX"
    "CZsnhsQyKQfi/ODPWJeeYdNwEe8ULvksyte0sQb16/Ta66A5b2vSM/ea8jaZeJoTTpzJTJ"
    "0fVBylwtbI1ORiwZxPUsHFiayy63cFL71SMgFtsD8r9NmqIGMVZFzRebKm4aYqyPgYtS4S"
    "ZKxSL0mnXqphXNK3Tm/cG3yVfA1FYpcg/PBgDb986d7RSKLww4N1NRz+RguCvw9Wv/tlfA"
    "no/y2xsbXniCKWEX+7CNyUqHLUVWcey76+AmVtEXybEFQ6roGOfziYNLrFQoUnrzReZY0r"
    "r6Ry9VQV1AJXj/JBlJuDXbkgynRBvHJuhMBGzjFlrozn+SbMuLFeJN8gqw+cwE0K7BcLGW"
    "CyBBA4kLTi/48HoK7TOPefgYWekQuesYfJvYBvA2gtaUpA8ggITBY+IP1pOuVlHdzPTVTu"
    "wQrM8SfKTHpEBjNlJj1GrYuYSafY9XyNfctoPX8nT1KqgXt5Pgjl+v5QkOv7QzbXtwm3gD"
    "ohpJAWQ3qCXX+mRUZ7UR9AUmpHV0B9bCccT4DjoilyXZakYWlK9VeOaAP24RygzzK45Hc+"
    "pcQagPVr7v3DLpoja/v9f3F5pQppVQRUfps1aFJS2b6rs+TMMo3AeiC9e8RVtm/hiHwGlj"
    "Ilbo61dbc3Jcat4uukpirS9pBRpKmgcG5W2nTYeFFy2sBiH4ZgCx/+MsU/qGV0YRnUTDoF"
    "EIQ9AoQtXgLse9SACoI1JIAWtauSKyfs4ws9DRSTf5ZuLkjzPGPsfm6ijLEVmMlPlDH2iM"
    "xyyhh7jFoXMcbK2gaVWVDOxBJ/sgzM+QQ/JaZ4vTyvX4S5eYLjXzgL5dz8FjzRJuVta384"
    "+3j26fTibJXnYlVSlOxCpcWrZFo8Oofl77sszuSSlj2cGt7vVwdlZHGJSAvzKtB7Znu4bZ"
    "sIWjnsgyOewndC5PcF8KrksHP51XDYT8zlV730ZH1/c9Ul79HUqUn8jm0v/Cn2SR+F1iNv"
    "Dt/cvbMtqE6e7eSG5sxs35ZGmCOu4OXNIeSFx31HCs0gK2E1f0jMHww1zcN/SDqT41INWH"
    "inT5QX4DgFucWzqcWh7uNnDsSFXXstdMAuHRnratuj1XYDtd2gSr4ske0GB3dmCeBdTUf7"
    "od1YMdcf14mVdA1uPF9Rk9pPkA9OTiqUlW7ZbTIpUJTLSLmMqjmZ1tR5oFxGx6h1EZcRYU"
    "hz6HJSnRSu+GNSisXKrPkD6+F2x0RwZBvAaA/tSmIrDtl98zEZRbkyPDZYMcry2LiUAnUT"
    "j12tmHfmsaK8qqLACvDYeM8S2DYfkaIdkW1a3GUa1/gkKJ1Vdp/k94YoPCd4M7p0UkR5w+"
    "yt2jyovIfsnyl6+z26JWPAa8qk0nsq3lvRSaKmDEjx3mPUugjvndgGh/Tms6+ofiNCJQ/N"
    "uaI3rPTRNDEpRREyvMuSP+4nIaQg3XguTbRK25EbiKf2ryiwIsfRxAbrZtYVdMQSoG34Ds"
    "PEgK0W7cIm8nzb4hOv1cUTIeoVVd8/+VIcS3Gsak4JNV1tK451jFoX4Vg+9uVy/6wEGsGy"
    "0rGaYsGaRdGa2Q1p5F0nm6UqLnPUx1UYZL2xTaaYtZhKE1Od2Sf70lFWB0WRq0TlRCjy61"
    "C5CHsOkYupZSONO4TnbJ3kPO44OwHfE6cIK6eaInzVnzhquvRXhO8YtS5C+FT+kT3TPZV/"
    "5HUcmAQcV6pnrwQaAHayY1+I9OuL/G59kU227cyz0BbvVA9FttqdXjHGXeL+9CiRMKY3WL"
    "B141aJiNPyDejDh54wangU6m2/MxhscRZqJHcJok8PVm+g3d4Nv951R6NLEPvyYN11f+91"
    "v12C4O+DdT28ue13x/Sg1NVHUtoZXHf7fVYafWxtMVmVf2oqO04hjBTdYnXLEVdGxOqsaL"
    "NERp2zWHrgEm2UPFaQlU0S2KzoDvDWZ9hIoBuZweTN3nEx1WlVto6DOxPUAZZijoT8AyzX"
    "MWG8KaEcLw1r6jY407HBIKcmRAGYVbKZUpLN8MGNv/lLQbhh6WUyc0R2pZRAmTwHGNz3+2"
    "I5feJb45LIy+T0ie3Ga0i3TnTRZBDrDjDFY2ebCJQ/oy4QjVo5dsVqzJoa+bWOVzpsrqg4"
    "ZByHfwrRzbHbGW2KnHjiQNfHOnYgOwX6GaOX4EiSsFFSFjT7DoxnCCws+hmwo6IB9sATcn"
    "wAPVKfFQUrm9RxJyXf4cF6QzTkIQNMbZeIImDTGAUP2BagR1cvQThHnoA/kGuTeuQCbZM8"
    "0Fvg2aQlA3qziU30Rx+EqGf5YEWBE6ymRw9XecH+DNCDr8MuCUhHJY1Tkyx9QCLJHoi0Gt"
    "0w9xyWxDbjBV0SqzxbKjSiHjNjTZ3kKjTiGLUuEhoRvGA0nX+6Qq6jMy3WmHzcpR1bwfCR"
    "H0sxMeWAqc64UVHcB7Fm09WgJKIxEQWnCop/rX3jC0/tGt+MamywVmmfQQe5WJ+1OFaH8M"
    "pJkcEBrutUZoN4/lkqvJmSs1wLtbcbGd5/eNqOy7V8DvyMXH5mw/zYyphIEwOHz89FAofP"
    "z/MDh+m11LEeZFBJIBxWbyC6ezkWktzR5zqufx0NB7mBLJFImn5g3Qf/BSb2avza54FLwU"
    "iQjkycZTqkMrXwog1c8VZeh3yZ/fn/LitxNg=="
)
