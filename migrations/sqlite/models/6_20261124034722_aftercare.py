from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "follow_up_requests" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "kind" VARCHAR(20) NOT NULL /* QUICK_QUESTION: QUICK_QUESTION\nMINI_EXTENSION: MINI_EXTENSION\nNEW_ISSUE: NEW_ISSUE */,
    "question" TEXT NOT NULL,
    "price_amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OPEN: OPEN\nANSWERED: ANSWERED */,
    "client_id" CHAR(36) NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "project_id" CHAR(36) REFERENCES "projects" ("id") ON DELETE CASCADE,
    "session_id" CHAR(36) REFERENCES "sessions" ("id") ON DELETE CASCADE
) /* Tied to the finished session or project it follows; priced when asked. */;
        CREATE TABLE IF NOT EXISTS "session_summaries" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "findings" TEXT NOT NULL,
    "steps_taken" TEXT NOT NULL,
    "parts_needed" JSON NOT NULL,
    "next_steps" TEXT NOT NULL,
    "session_id" CHAR(36) NOT NULL UNIQUE REFERENCES "sessions" ("id") ON DELETE CASCADE
);
        ALTER TABLE "services" ADD "premium" INT NOT NULL DEFAULT 0;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "services" DROP COLUMN "premium";
        DROP TABLE IF EXISTS "session_summaries";
        DROP TABLE IF EXISTS "follow_up_requests";"""


MODELS_STATE = (
    "eJztXW1z4ji2/isqvtzuqkxXh7x0b+bWrSJpMsNMAhkg01Pb2fIqRgRtjO31S9LM7vz3K8"
    "k2+EU2EhhiG1V1pcH2kc1zjmQ95xwd/ac1tybIcD90dB257th6RmbrAvynZcI5Ih94p49A"
    "C9r26iQ94MFHg10P2YWaR69kZ+Cj6zlQ98jJKTRcRA5NkKs72PawRe/V6pjAsuG/fQQeEX"
    "SQA5jwj8AyjQXAngtGP3d+aJ+dgwl+Qq4HsAtcz3LQ5Ai4FoDAQPAZPDnQJJealjfD5tMH"
    "eueJpZNbk2+7vIlvYtIo+b1PyJshh9zq2z/IYWxO0HfkRl/tZ22KkTFJQIsntAF2XPMWNj"
    "t2f9/7cs2upD/gUdMtw5+bq6vthTezzOXlvo8nH6gMPfeETORAD01iUJu+YYSqiQ4FT0wO"
    "eI6Plo86WR2YoCn0Daqw1v9OfVOnegLsTvTP6f+Fjxa7TNP6g7E26o41rZXRL32ElDbCQ7"
    "plUtvABFMKzF9BuytA2NEWvcHVz53hu5Pz9wwCy/WeHHaSwdX6iwlCDwaiDPQVyrqDKCYa"
    "9LJofyFnPDxHfMSTkinkJ6Hoh+jDJhqIDqxUsOoiEbgRfDsAvEV+4GRAOkCo+wIFjHu33d"
    "G4c3tHbzd33X8bDL/OuEvPtNnRRerou0BfFun9wdiwbAR87Y1/BvQr+Pug301rdXnd+O8t"
    "+kzQ9yzNtF41OImZaXQ0Qo1cudK6b0821HpSUmm9KlqPMIqpPXz6ldbZmK7NoDvLav1qBh"
    "2+xpNSKY0T5HYztu5Sw3P4XTOQ+eTNyNfz0wIN/94ZsrH1/DSltX54ps1O/ZWAGX23MVHa"
    "Bp0rKdnAzlXfzpQdQx30QnrGJmNoUrIENYe9R2m5fC37LnI0ualoTKTM+Wh1lbpm+kln+N"
    "Nn7uyTQpWF9poQC/xk/ooWDOAeeQ5o6ogDaEi/7sNm6gnp6uiqKzvwdUmJ4gZFfjv5xcgL"
    "3tmd0VXnS7fFEH6E+vMrdCZaAmp6xmpbqSPLa7On5u15+gg04RMDh/4K+sxx1DlkONJGPg"
    "umP0iM/eZjqZhlBbr2kWKWB8QxFLM8RK2LMEs0h9iQIZVLgcbxyfaZCKEkV+UySnYuSSlt"
    "6LqvFnlhy5L3jGA5eL91T0ohfiaE+FkB4mdpxKfYcT2NfZOAOynVQKyPP34UwJpclYs1O5"
    "fE2oAbQJ0QUkiLIW0TlKRQXgpshHDF/BJJgE/aAvietHPhpaeS6DqWkQNu1/TnGS6b9AmF"
    "svuz5NbVTa/bH0uSilDqAgT/P5h3w8HvvS/d4QWIPj2YnS+3vf4FYP+lQ41Ctn8uYvrp+U"
    "7M8s8zPlk639BekINJkxz6d2kR/KFZMFlJCKe09Eikd6Wm5ZH9Er/LweAmMfm87I1TcN/f"
    "XnaJGpgWyEU4cEr0iEklsZ9D55nM2c0n5ulAJocZFMLPlVcakNBA4DLahJQlJZWrujocLK"
    "DeGd9qvitwZQ6ZJJRUZwzFr38dIgMyRLO65ye+1GzGleeATXQel/xA0u6WQI2CVpoK0ivE"
    "noFd3tAuAdLXsJWu6TmLpkKlz7AxcYL+sjlUV7SVpkI0J50FPqEtu9xt0EpTQbId619I97"
    "YE6S5opakgeTPqdNUI6fK2Nacxa2pEW2oqWlPLMMicw7e3hOqatXNvDxH57W6jjEsqoJro"
    "rC94ghyNfJhinpsgwndgorFF/gh1Xdbm3arJWk6++SBLBKLTQHBi0hys8sPTaWWpULUKVa"
    "tQda2ClipUfYhaFwlVT7BrG3AhHW9KyzUx5NQWCjm1C0JO7UzI6RFbWZjH6LvHhzm8fI9h"
    "kDd4VY27f4wT3SVC8N1t54/3iS5zM+j/FF0eQ/zqZnCZAnqBoONq1lRD323kYBRGmZLA98"
    "wc3HOkU3rA5s4m8x93ZeJP9Al+aB+ffjr9fHJ++plcwp5yeeRTgaayvnQ6ov8pGUWNy+zR"
    "su/HV7sy7l2voSDjvU2DPZprQG2OTZ9L33OtOU98f+Z8fHpaF4uGL08a+fn0ltl5ENLxHB"
    "p8lJOC6WlQIPkhbKG27JSH4ZfuVe+2c/Pu5Kidir1Fxn6aeQ866AWjV4KezwuAFlhyUkwN"
    "yGnz1SEZhybQ0TZb3pYjXkq+S4XSEssfoquzMuZNYS5xXYxI7Na1yXgKDQ9v686OPGKjsM"
    "HGxtuIzb1gfVu4RkErTQUJvkBMfgAm77GFZr0gxyG2sW1uQKzNQdjkQeD3Sp7Uei0Rva+s"
    "waZipxIsVLS3zIDcuuWlUYRtx4tLqzArKXlp6VbLRbMTjoI4XWJWIhCpS02L1ldVIvoHjv"
    "UKbOSASHjBihn9M2rUfbc8cfH+n7TkETRBqE7wLwubwDIBIi+2BaCRpUfoomxhpR3ehxNW"
    "/LZEhF7AsP2HCjWqUGMthviaBp1UqPEQtS4SapQNMe46tPiG3ieRwOJ5flzxPLuSzXJxNN"
    "cVdKXGRZQbNe1GXU6l5OYBKTFV8Ka44E18epaEWLrojXz6X0URXktSUjZWpRo4kVuQQ2Vi"
    "HsN8AhN3TpabYZikAq7hPykqoKhATUaGmk4KFRU4RK2LUIFnAimfCqwvDRDJVjnjsHU16I"
    "/ub8adcW/QvwDxbw/mqDsascPhB1Y04Jfu1ZjVDKAf0m4zoWzF0osEVI2vNS0VlE1CJPCN"
    "rm8ivqdC+J4W4JtNMYo/WQbm/JTblJhKvZVOvdV9x0GmvpAx7rhMAw38RKS4Tn5tnaxps6"
    "fVJr7DQpwb5IQWNbE/d9AuFVCyR4jgsw3eeeIKa26NnO9bYZ0jrrDm5TuzRc6673rWfIla"
    "FuzCmkS5bai6RBJ1iaDu4RfeWuhC6JdCe8Q6ckDVFmrbQXPszyWxjkkpw5ZA+9GfTpGjPa"
    "Kp5aANxvNceRW3yoEaTj3yd2OkM+IKaN500LQ8rG9i0HzhPS7HatcF5pnl4D9piAsuZABO"
    "i+0P2r/VBVnXsDyNNI6cF2hsYMO58vvD+qQuWE8gNhaagedYZrFbSmojXCu2irB0I0aQlw"
    "Seb7TR9Xsca2sCpU6jLUaQMq/ZloF5DrxfRoN+3sJBrng6Lod1D/wXRLURd+JGXcXCH31s"
    "eNh0P9D7vUU4nMJV7F5Ne1KPkrE22kDavapSk1RqUjNTk2LLw7cvUBgmHA0bXKBQLRUTAE"
    "nV4hWGyiaAbF9oNux4d0FjjcVKrUAUXYFYen4pG9Pzc0yjIX9tnqm2fM2sXyE3niFgO0QI"
    "WFNgmfS/KXLQBEThjh+BRy5xkUcvYA3TtWuxY2kBN7s8blc34SbEuquM3EywTOXGqtzYeo"
    "xDNc2SVLmxh6h1kdzYbXJ6VM6DYM7DnF937BI/5YK7kmkSpH9rt09OPrU/npx/Pjv99Ons"
    "88clttlTRSBf9n7q9VMBYp6/Nph4yU0bklLKc1XsuYrN67Z0XDWvytNRymGVtKwqLaXjlo"
    "vicJ68slL55Ce/uJVYnRDD0qFBa28gQjygByaYcg4XTB1rzqjIK0LPF0A3LJcQkXemBcIK"
    "UO+B5YAgSSw6xK8QUvod1i4InMCF4jyK89RkdKvp7FdxnkPUuhDngZxYM1V3XmIEN7Yc13"
    "EN9VugT6qj1Ew6t6pifog+JqLC8omeUUZY3rQ8ueWS4fUNWGCWXOvUFtqqvV2wVXubs1W7"
    "SnpQSQ/V5JAVrsfCqZq7hkKuausKEsjYS2U9feww5mYsgGUjk2APoBuSvVdoGD8QQqc/A/"
    "oOd1lNSOyBYA/GIMRF9wwBUHcs1wVfRuMsdyy/ebVXXQUGrCPFEg+ILyiWeIhaF2GJdHDn"
    "MsXRnAzvuYGbmFiTIjcn7U/ny1gN/VIUnRnddm5uOOEYDzpeGC2UhTUtq7BNYovMyYbIJi"
    "UVrmkmyJbNkcfDtoF5XKVwly6e+NZ7dVVqYUiRHyncqetMYqcuxbwV81bMWz5TNUiq52ap"
    "LvPtizJUV6n9O91rPVUYlb3UyeSYXPWtpZMBMnjdrI4rvqv4bjVHjZoyH8V3D1HrInx3Oe"
    "hK6jwu10CN11fD2Y5NqZ68gldSSr2VVu8jjTiQ0Zf1SFktZ4SVsmuhbMSrbS2masQtba0U"
    "XS1Fs8o3z0iqvm1cpoH1bXdTINuDns/JcBKrE7+S3mOGzbD72z2xr+4XSVa5ErwAy48P5t"
    "Wgf90b3tKjy48PZq+v3Q0HPw27o9EFiH2h19/e3XTHwfXhR3K007/q3tywo9HHB7M/0EY/"
    "D75egPBDaxO1l150Pqegz5pQROOq+pTnKN9kqVNaskkhiD0veFK10HddC53mUXJGjPwC/0"
    "uBBmReFk2rdlHaP9yaV3MQ+fEub6TOx50nq1QgrQLbQTYM1/lK2z5XWClBfouLoNrdZo74"
    "lGwJbK9iVR6bRPYSdQ0dBF253WRyxDfqcjXS8i76nIOmvjnRbOToiDejLeYIWekG1VMtgy"
    "4EwV7JLI+EkMrxSL+qgxJospkzCaktQK2YrZaEqUpH2gWsqjCHyvGqXY7XkMzuhr2rcYtn"
    "yiWgfND1T/jgrlLCtsT23kV1dGWJApuYGAngaq+qpZZjtOLlV6s5TVg/MCSmSTkQ5yd/xk"
    "x6ho2Jg3h7nslXUb6ijTXIrtNzr73WvK2JZSYwClaUar69JUrXrJ17exh4SxuEllTadey1"
    "7s/n0OEEUiJUByYaW+SPcF8drVpsELQSSerJouacVPVM1fP8hPWozLpGXnsOFqwnJpW4nq"
    "hYvJqH8Ep3JYsbB2v/wnwAlcCuEtgr+g6uaSqzSmA/RK2LJLCrsl7SZb1qmPP2tdMb9/o/"
    "Sb6GIrELEH54MAfX190hzVILPzyYl4PBr/RA8P+DedO9Hl8A+rcl1rd2nK3GdlvYLLs7Ja"
    "qCwNUZx7Kvr0BZGyR2JwSVjmug4+82Jo1uMFHhySuNV1njKuKtwohVBbUgjKjiW+XW91fh"
    "rTLDW29cdyOIv3BcmcvATL4LMx4IEqllya4HdhCCB9ariSbgcQEgsCFpxfsfF0Bdp2sofg"
    "QmekEOeMEuJvcCngWguaDlJskjIPDoe4DY03TKq2i5m5uoupYVGOOPlJv0gBxmyk16iFoX"
    "cZNOseN6GvuW0Xr+KrGkVAPXiR0L1ZE/Lqgjf5ytI2/ADaBOCCmkxZB+xI430yKnvWgMIC"
    "m1ZSigPr4TTiTAdtAUOQ4rALIwpOyVI9qANV57sFkGl/yqupRYA7B+y3Wl2EFzZG6+tjQu"
    "r1QhrYqAym8yB01KKt93daacWaYReA+kVyY5yvctvNqDgaVcievzuJ3NXYlxr/iqYK7K4t"
    "4q51bS5ZpacMCteJxeklBU+Djw2Ifp/cIbC03xd+oZ9c0JdZNOAQShRYCwxQuAPZc6UEEw"
    "hwTQpH5VcuaIfXylO81i8s/UDZ80z3PG7uYmyhlbgZH8SDljD8gtp5yxh6h1EWesrG9QuQ"
    "XlXCzxJ8vAnE/wU2KK18vzej+s+xRsLcSZKOfWTuGJNqkmYPv49NPp55Pz02UNleWRokIq"
    "quSiGLx7LrlIx7D8Nb3FVYLSsvtTw8fd6qCMCkERaWFRBXrPrIVbloGgmcM+OOIpfB+J/K"
    "4AXh7Z71h+ORjcJMbyy156sL6/veyS92hqRy6+YVu+N8UesVFoPvHG8PXmnW1BGXnWyCea"
    "PbM8SxphjriClzeGkBce9x0pNIIshdX4ITF+MNQ0F/8pGUyOSzVg4p0kOUKF6wvq1mfL1k"
    "Pdwy8ciAtNeyW0R5OOnHW1tWi13EAtN6hSLEtkucHeg1kCeFcz0L7vMFYs9McNYiVDg2v3"
    "7tSk1hPkg5NTCmWpW3abTAkUFTJSIaNqDqY1DR6okNEhal0kZEQYUk5lsqIZf0xKsViZOX"
    "/gPdxsCxKObAMY7b5DSWzGIbtuPiajKFeGxwYzRlkeG5dSoK7jscsZ89Y8VpRXVRRYAR4b"
    "tyyBZfMRKdoS2ablXaZxjQ+C0hWLd0l+b4nCc5I3o1NHRZQ3rAyszYOLd1D9M0Vvv0W3ZA"
    "x4RZlUeU/Feys6SNSUASnee4haF+G9j9aEQ3rz2Vd0fSNSJffNuaI3rPS2RzEpRREyvMuU"
    "30oqIaQgXbvnUTRL25IbiG8bUVFgRbY6inXW9awrMMQSoG34CsNEh60W7cIGcj3L5BOv5c"
    "kjIeoVXb578qU4luJY1RwSajrbVhzrELUuwrE87MnV/lkKNIJlpXM1xZI1i7I1swvSyLtO"
    "tkpVXOagt6uYkPnGJpViVmKqTEx1Rp/sS0d5HRRFrhKVE6HIb0PlIuw5RC6mlrU0bh+Rs1"
    "WR83jg7Ah8S+xQrYJqivBVf+Co6dRfEb5D1LoI4VP1R3ZM91T9kbcJYBJwHCnLXgo0AOyk"
    "YZ+L2PV5vlmfZ4tt2/MstMUr1UORjVanV4xxl7g+PSokjOkNfDZv3KgQcVq+ATa87wGjhl"
    "uh3t10+v0N9kKN5C5A9OnB7PW1u+Hgp2F3NLoAsS8P5rD7e6/79QIE/z+YV4Pbu5vumG6U"
    "uvxIjnb6V92bG3Y0+tjaYLAqf9dUtp1CmCm6weyWI66ciNWZ0WaJjNpnsfTEJdooeaygKp"
    "sksFnRLeCtT7eRQDdyg8m7veNiymhVtY69BxPUBpZigYT8DSxXOWG8IaGcKA1r6i7Y07HB"
    "IKcGRAGYVbGZUorN8MGNv/lLQbhh5WUyY0R2ppRAmTwH6N/f3IjV9IkvjUsiL1PTJ7Yary"
    "FmnTDRZBLrFjDFc2ebCJQ3oyEQjXo5tsVqzJoaebXOVypGa2oZBuGsvr0lVNesnXt7GNSP"
    "aM7Qt9PKWnED46RHpOxvfaZ7xvZF9oexoeNhHduQ7Zn9gtFrsIFL2Cg5FjT7AYxnCPgm/Q"
    "zYxtoAu+AZ2R6ALrmeHQrmganNYUq+w4P5jmjIRRMwtRwiioBFMzpcYJmAbvS9AOEb5Qj8"
    "iRyLXEdO0DbJA70HrkVamkB39mgR/dEHIepZPJhRmgm70qVb0bxibwboNuGhSQJiqKRx6s"
    "CmD0gk2QORVqMb5u5ak1iU7VMCoaqSqUSSerxHappSoBJJDlHrIokkwQtG0/l7UeSGhdNi"
    "jaleXtomHwwf+b4UE1Phqur0G5XzvhffP50NSiIaE1FwqiUEb7XK3nfVGvv1qMY6a5VWZa"
    "QdNhz3A8enk++CWDqSEiVE1/sfxpgQa89iNH6KTezOyPdo71hC70OjpHw8uIX7Y7BtLN0y"
    "FpkAus9okt2Rtrxm1aL/CozwR4q6HxCJU9T9ELUuQt2fCaRZfYvlvUayVV4P0vrtvnf1q/"
    "bbPQGqN+hfgOT3B/O21+9p3T/G3f6InU9+fzD73a9abzS6716A5cf0y1FshYnQAhOJzZ/Y"
    "pEBybUlcpspqq2ymuNp2tQLbruq+4yBT51SEzF/iE5dphOUnh5cTgdHlJHdwOUmPLTVcED"
    "G46/Yl59lM5gLQvw9mpz/62h3SNQzRp02G+fKXMKiU9l0kXb+l27U+DvX67CvRGExVwvU6"
    "ULdIuM6pbbr/3Tqqaa6lb9bxFsGCmkJb3XJDoVWP/DnbRIzj105dcSSyY6XLLsaqhKzyJi"
    "tvcqtWfkXlTT5ErYt4k6cEUvLTpcpYxGUa4ZjZf/EKZLuaB5+RlCs4Jaaqhsj7gqHjuZqJ"
    "0ARxZhK/jAb9HEdCSi49xmHdA/8FBhZa9bGZClbzikcfGx423Q/0fm8xtaA4FasmrYXUuE"
    "UbSKvGJGavMQuX6RJJKdUj5Ieiim0uun6GXQ8fkAzxE3BsDEw0tsif0t0alVRAKV6N8uh0"
    "BzlYn7U4NDo8c1REn+Hqmspw5tyQJ7dDcwKdoVIqa0jlpPXnU+QX5PA7an44MybSiElzKl"
    "ni7EwkW+LsLD9dgp5Lvpxop5JAOLy8gegeCxU7PS4odnqcLXZK7uhxoxP58+CYyP6nwG/z"
    "4i9tsrvVFGHbl9lf/w+KL8ag"
)
