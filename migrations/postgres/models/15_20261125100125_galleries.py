from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "galleries" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "slug" VARCHAR(64) NOT NULL UNIQUE,
    "access_code" VARCHAR(32) NOT NULL UNIQUE,
    "password_hash" VARCHAR(200),
    "public_share_enabled" BOOL NOT NULL,
    "download_enabled" BOOL NOT NULL,
    "social_share_enabled" BOOL NOT NULL,
    "watermark_enabled" BOOL NOT NULL,
    "watermark_text" VARCHAR(60) NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "extra_photo_amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "selection_submitted_at" TIMESTAMPTZ,
    "view_count" INT NOT NULL,
    "download_count" INT NOT NULL,
    "session_id" UUID NOT NULL REFERENCES "sessions" ("id") ON DELETE RESTRICT
);
        CREATE TABLE IF NOT EXISTS "gallery_photos" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "thumbnail_key" VARCHAR(300) NOT NULL,
    "preview_key" VARCHAR(300) NOT NULL,
    "watermarked_key" VARCHAR(300) NOT NULL,
    "width" INT NOT NULL,
    "height" INT NOT NULL,
    "editing_status" VARCHAR(12) NOT NULL,
    "featured" BOOL NOT NULL,
    "complimentary" BOOL NOT NULL,
    "purchased" BOOL NOT NULL,
    "favorite" BOOL NOT NULL,
    "sort_order" INT NOT NULL,
    "notes" TEXT NOT NULL,
    "download_count" INT NOT NULL,
    "gallery_id" UUID NOT NULL REFERENCES "galleries" ("id") ON DELETE CASCADE,
    "original_id" UUID NOT NULL REFERENCES "files" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_gallery_pho_gallery_a86386" ON "gallery_photos" ("gallery_id", "sort_order");
COMMENT ON COLUMN "gallery_photos"."editing_status" IS 'RAW: RAW\nEDITING: EDITING\nEDITED: EDITED\nAPPROVED: APPROVED';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "gallery_photos";
        DROP TABLE IF EXISTS "galleries";"""


MODELS_STATE = (
    "eJztXXtz2za2/yoY/3PTGTcTP+Jk3Tt3RpbpVK0tuZKcdLbqMLQIWVhTJJek/Ohuv/sFwI"
    "f4ACmAomSSwkzGoUAcUPodAMR5/+dgYenQcN93plPoumPrEZoH5+A/B6a2gPiCdfsQHGi2"
    "vbpJGjzt3qD9NdpR9UhPeke7dz1Hm3r45kwzXIibdOhOHWR7yCLPOuiYwLK1fy8huIeaAx"
    "1AiX8Clmm8AuS5YPRz58fjj2dARw/Q9QBygetZDtQPgWsBDRhQewQPjmbirqblzZH58J48"
    "Wbem+NH40zYfsjQRHhT/3gfozaGDH/XHn7gZmTp8gW740X5UZwgaegJapJMBaLvqvdq07e"
    "6ud3lFe5IfcK9OLWO5MFe97VdvbplR9+US6e8JDbn3AE3oaB7UY1CbS8MIWBM2+d8YN3jO"
    "EkZfVV816HCmLQ3CsIP/nS3NKeEToE8if07/L/hqsW6q2h+M1ZEyVtWDDH/JV0hxI2iaWi"
    "aZGwhjSoD52x93BQhtPSAP6P7cGb47OfuBQmC53oNDb1K4Dv6mhJqn+aQU9BXKUwcSTFTN"
    "y6J9ie94aAHZiCcpU8jrAen78KIMB8KGFQtWSyQEN4RvC4Af4B+oD/ACCHhfwIBx70YZjT"
    "s3t+RxC9f9t0Hx64wVcueYtr6mWt/5/LLw6vf3hmgQ8K03/hmQj+Cfg76S5mrUb/zPA/Kd"
    "tKVnqab1rGp6bJqGrSFquOeK60tbL8n1JKXkel24HmIUY3vw7Vdcp3u6OtfceZbr3bnmsD"
    "mepEpxHCO3nb11mxxeaC+qAc0Hb44/np0WcPhrZ0j31rPTFNf6wZ1jeuvvBMzwxUaYaSUW"
    "V5KyhYuruYspu4c68AmvjDJ7aJKyAjYHq0dyuXouL13oqGJH0RhJlefR+jJ1zfGTnPBnj8"
    "zTJ4EqC+0VFizQg/krfKUA9/D30MwpZAAaiF93wTDNhHTVulrKjvYciUTxCYV/O/7F0PPf"
    "2Z1Rt3OpHFCE77Xp47Pm6GoCanLHOrZSLVHf7K3F8SLdopnaAwWH/AryneOoM4ThkBv5Uj"
    "D5QXzSbz6WUrKswdI+lJLlHskYUrLcR67zSJZwoSFDRKiMCFonTx5/5BEoca9ciZLeS4qU"
    "tua6zxZ+YYsK7xnCavB+65WUQvwjF+IfCxD/mEZ8hhzXU+knAbiTVC3E+ujDBw6sca9crO"
    "m9JNaGVgLqBJFEmg9pG6MkhHJEUArhmuklkgCfHHPge3KcCy+5lUTXsYwccBVzucjIskmd"
    "UEC7u5l80L3uKf2xoFARUJ0D//+JeTscfO1dKsNzEF5NzM7lTa9/Duh/aVMj19w/45n66f"
    "NObOafZXSy5LyhPkEH4SEZ4t+FhfHXzILDSoI4xaV7TL0tNkUtuxX8LgaD68Th86I3TsF9"
    "d3OhYDZQLuBOyFdK9PCUSmK/0JxHfGY3H6imA5oMyaAQfia95IAABx6W0BVFPaKRSAsg7S"
    "vnyoi/SUppFKiPtOsrOTJa7Hyl62o6ZNx9UgswIL/6dQgNjSKa5T3bxahhZ9s8VXdi8bj4"
    "B+JxNwRq5I/SVpCeNeQZiLmdC4D0LRhFMT3nta1QTefI0B1/vZSHqktGaStEC7xYtAe44Z"
    "K78UdpK0i2Y/0LTr0NQbr1R2krSDNkbDqNRtSj9AoZrZ1J3pzYAFTXw79rQ7DGdKgRGamt"
    "aM0sw8AHs6W9IVRXdJw7ewj/HQo1bYTLtDw0Q1MKxoaI9WNDtQkuIXeIxAvgCenQUfHFDL"
    "GUfCG4AxOOLfyH63VAx7xdDdlIgY4NsoAbSRoIhkcJA6t855I0s6SjiXQ0kY4mjXI5kI4m"
    "+8h1HkcTHbm2ob0KW4vTdG00GB9zGYyPCwzGxxmD8T2ysjCP4YvHhjnovkMj5hu8qsbK7+"
    "PEcgkRfHfT+f2HxJK5HvS/hN1jiHevBxcpoF+h5riqNVPhiw0dBAMbcRL4npmDew51ig/I"
    "3Jrs82FbU/yBfIMfj49OP51+Pjk7/Yy70G8ZtXwq4FTWPkN29L8EfSDiNDuc2Xfj7rYm97"
    "YjoPB+bxNTreoamrpA5pKp7cidzXnku5vOR6enTZnR2tODin8+eWT2HASnaKEZbJSThOlj"
    "kE/5PhihsdIpC8NLpdu76Vy/Ozk8Ttlzw8l+mnkPOvAJwWeM3pLlvlAwk5NkckNOT9+phv"
    "chXXPUcsGpOeSVeKvVyKm4+i26PnFtbwpzhVFtPP4Aro33U83w0Kba/1AjNgoGbK0NF8+5"
    "JzTd2LLkj9JWkLQnDeEfgPB77FW1nqDj4Lmxqb9JbMxBMORe4PeMv6n1XCF63+iAbcVOOu"
    "1wgCQ9CLgNcuuCw0ML25ZDw+twKqk4MHyjYO/sgaPATpc4lXBY6lLHovU50TD/gWM9Axs6"
    "ICR+panIvoeDuu+iG+c/fCcJyzQTBOwE/7KQCSwTQPxiewXEsnSvuTCbFm2Lz2GYFf+IEC"
    "EdKLZ/SlOjNDU2YotvqNFJmhr3kes8pkZRE+O2TYtvqH3iMSye5dsVz7JxqJaLwrMupyo1"
    "TiLVqGk1anSUEjsHpMhkuqridFXx41kSYuGUVeLufzVFeK2QkppjdcpgFaoFGaJMTGOYL8"
    "DElZPVehgmRQHXWD5IUUCKAg3ZGRp6KJSiwD5ynUcUeMSQskWB9Yk9Qto6exwedAf90d31"
    "uDPuDfrnIP5pYo6U0Yg2Bxc05ccvSndMM36Qi7TajMtbsfIUH3WT19rmCkoPIQL4hv3biO"
    "8pF76nBfhmXYzi3ywDc77LbYpMut4Ku95Ol44DzemryOSO07Rwgp/wpMbKz4yVndr026r6"
    "0qEmzhI+oUVD7E4dtE0GVKwRwvhsgnceucSameHqZSOsc8gl1ix/ZxoTPl26nrWIUMuCXZ"
    "jbKncMmetKINeVNvXQEysWuhD6iGiHWIcKqMZCbTtwgZYLQaxjVHJiC6CNzKmx1KGuEvf9"
    "HOe20QJvIrk7OnuE3e3nx9vdzE+OP51F+zj5ULSFj24619dZkO+Xsxl01Hs4sxxY4qWZSy"
    "+NgzlQazMP/y2NdIZcAs06c5MsLNMyE5pNvMOYt+OmwDy3HPQXsSNqryIAp8l2B+0/moKs"
    "a1ieigeHzpNmlJjDufS7w/qkKVjrGjJeVQMtkEhEYYqqFK41C9WsfBJDjeVpnz9pw/473G"
    "sbAuWUmLQMPy5BtS0DsbSkv4wG/bzoTCZ52viJph74LwiTmm5FV71yOLhfIsNDpvuePO8t"
    "fA4IXMU67LS6+jBp0CQDpHXY0v9L+n+10/8rFoO/edLMwKtr2OKkmTIejwMkmUSbGyobA7"
    "J5huhg4d36g7UWKxnmyRvmWbkTL93T8x15wy1/rTOvGr1m1ochjucQ2A4mAtYMWCb5bwYd"
    "qIPQpvQT8HAXF3qkAx2YBAjG2tIEbjYGcVsPYXoduyu354xFUjogSwfkZuxDDXVFlQ7I+8"
    "h1HgfkTRynpGMJp2PJgp3c7QI95IK7omkTpP84Pj45+XT84eTs88fTT58+fv4QYZu9VQTy"
    "Re9Lr5+ywrP0tf7BS+zYkKSSmqtizVXsXLeh4qp9qbQOUwqr5MyqU7wiMycXQ+bJy92VL/"
    "zkZxDjS8ZiWFPNIAlOIBY8NA/oiMgcLpg51oKKIs8QPp6DqWG5WBB5Z1ogSLP1A7Ac4Hvi"
    "hU3sNCyVP2Ft1KWuvUqZR8o8DdndGnr6lTLPPnKdS+bRGLZmwu48xwimbTnO4wbyt4CfhE"
    "epk3Ru6sp8E32MRJrlEyujCrO8aXliMalB/xZE8SUDyo4/8ERM4l65QWX0nnR6kE4PdUC4"
    "yUlvGKmJ14iQqwTGnAJk7KWyXnzsUMnNeAWWDU2MPdDcQNh71gzjRyzQTR8BeYe7NPEm8o"
    "BfF9Q3cZHCLECbOpbrgsvROCs7Vj+8LAhYgw3rUEqJeyQvSClxH7nOIyWSzZ0pKRYH6MXI"
    "2mS5qSIwDx/iHC+wForCmqaV2CaxhaZeEtkkpcQ1LQnSsDn89ZBtIJasUlgKjUW+cUG0Wg"
    "WGFOmRgnJoHwXKoUnJW0reUvIW91T1neqZXqqRv32Rh+rKtX+rBe1T2WfpSx0fjnGvPw6m"
    "eIP0XzerdinvSnm3nrtGQyUfKe/uI9d55N1o0xXkeZyuhRxvLoezC5uIeuIMXlFJ9taavf"
    "fE4oB3X7oiRbmcIZbMbgSzISuBOB+rITN/uGR0vRhNM988QqEkwnGaFiYR3k4Wck/zlgwP"
    "J75k/CvqHXrYDJXf7vD8Ui4FpcoV4TmILidmd9C/6g1vSGt0OTF7ffV2OPgyVEajcxD7QP"
    "rf3F4rY79/cIlbO/2ucn1NW8PLidkfqKOfB9/OQXBxUIbtlWf2z0nos8YU0bqsPtUpysuE"
    "OqUp22SC2HHAk0w4v+2E88SPkrFj5FdRiAha4HlZdKzaRv2EoP6x6kD8413WTp2PO4tWsk"
    "CYBbYDbS2I8xWe+0xiyQTxOiJ+trtyivgUbQXSXs2yPLZJ2EvkNXSg5oqV7MkhL7XkGsTl"
    "baw5B86Wpq7a0JlC1om2WEbIUrcon2oV4oJv7BX08kgQSR+P9KvaT4Em6jmToNoA1JrN1Y"
    "owle5I24BVJuaQPl6N8/Ea4tPdsNcdH7CmcgUo73X+Eza4K5ewDbG9c2ETVVm8wCYORhy4"
    "2qtsqdVMWv70q/U8JqzfGBLHpByI850/Y1N6jgzdgazCcuJZlLtksBbN6/TZa6c5bxsyMx"
    "MY+RGl6tLeEKUrOs6dPfS1pS1F6wGL7NBBm6ac/kKHaW1eblIqaoamfkLfzZDqx4Zq0ZwS"
    "cuWPHRWXi4XmMIxzIaQDE44t/Id7/x+tRmwJtInTH76Ln5pXh1UYtG5qvJZAJhgrkqwtwI"
    "gYyRQfyI8bCasdqPj0Ge6r1caPJBKHr8QBVga9ZI5xPwQ3cMuRcSQyjqSmr+SGRhTIOJJ9"
    "5DrDhimz64lGRWez6zXQ9fRbpzfu9b8IvoZCsnMQXEzMwdWVMiTOosHFxLwYDH4lDf7/E/"
    "NauRqfA/L3gG9tbdlplBY9KRdkkSKVvhj12ceyry+fWSXiKxKEkscN4PGLjfCgJQ4qLHrJ"
    "8TpzXDqeSGt+XUEtsOZLM3O1ZTaklblKK/Mbp7/xzaAMVWZkH81XYcbtsTwpZWl/YPueMM"
    "B6NqEO7l+BBmwNj+L9jwu06ZSEMv0ETPgEHfCEXISfBTwLaOYryfqKvwIE90sP4Pk0m7ES"
    "y27nITK9bA32+EOpJt0jhZlUk+4j13nUpDPkuJ5KP2W4nh+smaRqYbjmEVc5h6OCcg5H2X"
    "IOhlYC6gSRRJoP6XvkeHM1VNrz2gCSVBuaApqjO2FYAmwHzqDj0Dw8r4bQfGWQtiDUcgdz"
    "lsIlHtyaImsB1m8Z3o0cuIBm+RDvOL1khTArfFG+zBk0SSl13/U5cmYlDV97IBwg6EjdN3"
    "fQFQVLqhLXh1M45VWJca34Km+1DKbYyE1ZUOWaivthJh5PRwYV5R/3NfZBlA13fa8ZeiGa"
    "0aWpEzXpDGggmBEgGPEcIM8lClTgnyGBZhK9Kr5zSC+fScFnhP+ZU2OJh2cpY7fzEKmMrc"
    "FOfiiVsXuklpPK2H3kOo8yVlQ3KNWCYiqW+DfLwJwv4KfIpFwvLtcvg/RrfoUvxkE5N4UR"
    "i7RNqTmPj04/nX4+OTuNUhlFLUX5jGTmUz54d5z5lOxh+aH1xcm60rS7Y8OH7fKgikRdod"
    "BCrQrkmdkZblkG1Mwc6YNBnsL3HtNvC+CoZbd7+cVgcJ3Yyy966c367uZCwe/RVGE89sS2"
    "lt4MeXiOauYDaw9fP72zI8hJnp3kumrPLc8SRphBLuFl7SH4hcd8R3LtIBGx3D8E9g+Kmu"
    "qivwSNyXGqFhy8k0IOV/2IgvIR2eoR2tRDTwyIC6f2imiHUzpU1jV2RstwAxluUCdbFk+4"
    "wc6NWRx419PQvmszVsz0xzRiJU2Da0voqkLxBPng5KRCiXhLH5NJgSJNRtJkVM/NtKHGA2"
    "ky2keu85iMsISUk8yt6MQfo5JSrMiZ39celqsExKBtgUS7a1MSPXGIxs3HaKTIlZFj/ROj"
    "qBwbp5KgrpNjoxPzxnIsr1xVU2A55Nj4zOIImw+Fog2RbZvfZRrX+CYonDh8m8LvJTTQE0"
    "bchzcj+8ZvHxaJvkGibvLLQgJOD86BCcFcw+zTf0QmwLTUrdKaASzzgmfLefwJkAh4F2ie"
    "p03nJLwdefimYy0f5rTT0jYsTQe25s2zvpvVD88Uy+1VivHgGVIwl4J5Q3axhopoUjDfR6"
    "7zCObhFpxhebENP0bWJjesKsz3subxLoNim5cLdnR3cdMbj5VLQR6sCM9BdDkxO7e3w8FX"
    "0hheTcyh8rU36g366lD57Q7vEORuti19AHwbV4AZhDo5oIusmDiNXDTCi+Ye+UCoDiSZsJ"
    "jlIorUskx6qaAVcjPyZUDhOpkxKqnMWlvRMZQzN1S58BfFqimwPIUcYzOrvFOGrxnISU0h"
    "4pfRiQbiQF26Zrjvb6Dr5oQWh7cOebRSC7/zFmrTpHQ8CUVQTG8gi89I5U9Nd9OGqgGk8m"
    "cfuc6j/Lm3dIZLRr7cFfZvRSDvrqUueebfileAuao/zu8UECOSkEoxapdiVHb2VgBty/Nf"
    "JRbsBtXEpXj6ZuIpcRzwLJMtoEY3D7lE1LD79oVUKYtKWbSeW2dDpRIpi+4j13lkUQ95Yh"
    "m8I4JWSKNpMyufnbXI0JpNK4XfdaK55uM0e110VsfnjTL5nldkMtlzfXaf7EtHamekKqFO"
    "Iu9mFtltinIh9gxBLsaWtWLcLiyMq1KFcQPjIaC2xycU6F6k8VEKfPXfOBp69JcC3z5ynU"
    "fgk1mEtyzuySzCb2PoxeA4QjM7ImgB2MmJfcYzr8/yp/VZtmSevchCWxyrEpCUilOpmcRd"
    "YZhKWA4MkQcs6bmxVDmxNH0L5vCuNwwSWzsz8FuSuWesD2OJ0+8ykGXc6V92huJxLAHdOQ"
    "ivJuaoO+zd+qEtwdVBie3m6IxjuzlKn3liufjPstUOGxdfdHvd6fd7/S+ibAnpzkF4NTF7"
    "ffV2OPgyVEajcxD7MDFvlf4l7qL67MI0ic8hQ9Wh0lV6X1d8jRrCsS/vuuPeoB+OHnz0Q5"
    "iUb37YkvJtYnYHN7fXCp0h0SVu7fS7yvU1bQ0v6zFxaD3cwJm6hGDDIJf64/oIM1kZVsdy"
    "moHMHONKUUHIFZ3kcJ057CzdeZa7hYFyIYmMjRNLwf2WBUJqtoLepj7IdOk40JwynMPzpd"
    "g4TanjTt2QT5wQTjgOCCe554OT9PHAt0yI5oeLE0ljYxpSPCj+Wn4VJkFgs6QbwFuzeVwN"
    "uqHBTNxAHieTkzYtX9JHi8YvxInkRJX1DnbtyLGyq8u4hcJchvEXdk7cAmuTrQDZ22Ao/D"
    "9J2tdikFOvGA6YZbmOSsp1sMGNn6UqQbhlBToye0T27JlAGX8P0L+7vj5gnBuqwNfDFPoV"
    "3xbRUIgT56UNwsfSGVvLx4+lksW2ZO9IzNB4IpHyQMVyl7QSpEQo2wYwxSPo2giUNyeOUC"
    "oxqG2K1ZgONfIaHbVQjNbbxLk2EqqZZRjWs7q0N0Tqio5zZw/9shnteZkmffYsD83QVMvx"
    "FhEBrB8bqkVobdPzPnZWYxVfS5zk8v3vaQ532kVGTktH+qwuXDrSRwyok41aOtLvI9d5HO"
    "kfMaRsQ+16D7WQts5O9VhKv1KGSr+rqONhp/srcQpLNEzMUYe4hKk3vd/V0eBu2FXOQaYp"
    "9EkLXdEmZmc87nR/vlH6uG11PTFvfx6MB+eA/jcxL5Xr3ldl2Lm4xqPGPhzwzbuko/8pj5"
    "//ab6b/2nakPwIhYz0Qfdq2L3+Vbo78zxXBMVJQQTFSTaCQkaobDdCxUV/sWrAF3j4hBRt"
    "qjmxa9cey/SIUYpiJzC503QtnORHXJP8qGCSHzEm+Vw7/ngmgvSKooUYn/G8Ac/y34BnmT"
    "dgkyrYHG13K6kiLsh6NoW9fOI00nei2HeCYlWB4a7lrhPxKbWByS4w/VmzzZSV/PlGmqKn"
    "TLyitIVtQHWBXja1rYzoSDfopfVIqa61dKa7xKspKznp0TS3PGtDkG7JGG0CSMhGwLLq5e"
    "M5MOHYwn/2OIWtgEElbgpmWFRSluL1mWkzVur1NX07wNYcD02RrZne/7jgCcFnUnNXA8Gg"
    "uM0f9j0YkxK7JrkGUxLjApALHqHtAc3F/WmTfyZIlPWt/AkT8x0G3YU6mFkOrftrESOQCy"
    "wTQHysfgWB78ch+As6Fu6Hb5Ax8Rf6AbgWHknX3Pm9hecr+SKYPa8TM0wLRXu6pLLwM/Lm"
    "mBSCYJYBPPfw4CTgnHxBTEm/EB41fKDLVXV4SU5OsuSwtFc14zXSUMuFtFftI9d57FX+C0"
    "adsgM8cxU2abLdaW0+bIvHvtbm+Oj00+nnk7PTSHUTtRTpb7KqG4qP+FqKkckI9Pqsm+x2"
    "KXPUbiFejJwGBRGNkUg4Zcrft6oetHSlInk9qrHFWqcsyjH1C0PzkFTOrFc8pBy+edQOxA"
    "0UuHPN8eVzImcHUjTAUj35GAt3SegL3jNUDBuMNjEnpvKCv63xSjvim98D2u9AM3XwPUb6"
    "nWgkXOi9B8EzycfwsVNMjE/M4J1H1Rhknk7M76Tb9x8OieLheW6BhfYKdOvZNCxNJ1oG3w"
    "HcBTPHWvjKDPwdgu9GtRBa9ARk5ukXUsqEP8Lol2DDRBT2P0niaT0Z+bO6KRUQUgFRz522"
    "oaKoVEDsI9d5FBDRppvhebHLSJyuTR5oVbiNxN5rgtJUllKmNEliG+aBFMM1SSUxldWYtw"
    "4qOWoLIhoj2e2htZZgSk3Km2hSYtLahtjy5yuo5666FtrkW2U9tCl5d0N4xfJmNBTi7IFo"
    "c8VVco/OciL0G+Lkg1DWmFpuzmu5EHsx8fifbqQMTCcPYGgEGfkFCkK8w6QGquN359QKjh"
    "HUgWdRNdgMmcid48+un4GJ6PFiarFAbfYToEl3dfA8hybQ3EeoZ9WD1Q0r485rcEg5lGq0"
    "PVKoSDXaPnKdR43W+rjz3+563V/V3+4wULRESfLzxLzp9Xuq8vtY6Y/o/eTnidlXvqm90e"
    "hOOQfRZfrlmDNrUsG3XLG3BaG36Zg5eigQLAwXp6kz2ypxDdpGmac3LmxQN/j3qLJB7aDf"
    "ZmmDBpbMGtwqfcFzNqU5B+TvxOz0R9+UIalCFV6V2earL0Ilq0y0zW5QT5XWhpgGqgDhlP"
    "1xKompzNi/1Yz9TO22u8pOviGurc9znlyu66F9C3tXQ6HlMXe9jZdrMKtHy8VCc14PWFlL"
    "kz0Oi9Ta4RRyaWcks5hKbbLUJh80Sq8otcn7yHUebfIMQ4p/ulAN+jhNKxQzu1ZJuh60Xd"
    "XTHqGQKjhFtkNNzRu8v7ajC9Ycz1VNCHXIOEn8Mhr0cxQJKbr0HoemHvgvMBBXBYJyLFid"
    "K+6XyPCQ6b4nz3uLowXBqZg1aS6k9i0yQJo1Jp72Kp3hIksiSSVXhPhW9LZKoFo6KVWhAy"
    "rnJZar2BB1FONWa9SSAZVoNaoTp7vx2noMYTpx/7BIlI5XnZNitBSjpRjdKIFKitH7yHWu"
    "2MZAFyxauyBN1wpxegc1DOLfTEBcSJFJeUFYXsDgOEIzPCJoAdipnPo88/osf1qfZWb1vb"
    "3IQlscHB2QlHJNq5ndrcKwaAfOIPEdg6qBzEeGRiFf1cMgldqeyrU9rg2nSDNooAxyYE7N"
    "1AJVaA59CzaZ3fvHWk9Ihw4+2jCL/OYzIUsp4ZcKuNor4N66AkPdjut5SjdGwnypqay3pn"
    "I1DVk+P/E5WuDuk1oUUkUpVZRSRdkUZZVUUe4j13lUlA0MELpV+pe9/hfBPTUkOwfBxcS8"
    "HQ66ymjkN0bXUZFhEkIUXR7wTZQtxxCRoM8FXWtBXhJG6BxZq+x1yqYuWq8NXKsFkJP1lv"
    "YvEZVupVBbXqiN27lF4+CypDIaLp2ZEL2IZiWMKGTEVkr/QgsKiqpf4kRyeq4Jgku5x2wY"
    "V5T2tmkmxOtD4rL7IEdgHJ2XFYC8WaaxhkCcWMU52cZS2+6uoa3nlrs+XWH0uhEuIrzNuL"
    "gvmmFAdkBceOuwSDX2QDvJCDipF5N6sYZpSKRebB+5zqMXE3XZk656Yq56rrF8EME37F8N"
    "vm9qJEz5i53y+Iud5vuLnaah1aZT6LoYO11oBqfIWgf0yTEH0CfH+bm1jtNA25rrPlv4+D"
    "nX3LkI1BnCUmDXTArYwaZhL+8NNFVpBTAVmgQHxsH3wrIMqJk50OcMkeLAPR5jWxt31LLb"
    "g+/FYHCdePle9NI627ubC2X47oiyBHdCvnzGqC8TlGwryQMW+Q7xD7egxsLvWtTLcZNlkD"
    "eEXAYCfHjGiDgLzXksyQQmvVwIZRjgwReGeJb/Bs5StvDgXn0oAnyxEZaxSsjCSUpZ2rw+"
    "om9W44FXhKOp9tzCfcpkSGbT7y5P8odtrS6ZJLkeG1vVSZKhAalqWnWX9wvkldP25Y8id7"
    "s673ZPCD5jNjJ3udwtLknUmq3t+Oj00+nnk7PTaEeLWoo2sgIJURTYLKEENyP/1Sw4qL6b"
    "UXn3lLdIJlxTYDeJZuGx7cf0e+TIuGHM1S0Zo0VgM+KtqnN98MFiOD5EKK5ze3hVV0zbqu"
    "/DH+EDqVLAcjzVcnTc80/pFCGdIuq5pBtqHpdOEfvIdR6nCG++XNybGjLURyikj8gQtlEp"
    "wWXxPCmweJ4wLJ4OpKKmIN4pMok2H9qRVQDvT4KIM0gl6pyoI91juE/kqgii/m2qvFeZcm"
    "COpdO5iMZlRSDxZOAJdeTh56mbBcpmR9lh/OCw801QpiAk5wD/mZjKZW9MI2SDC7+FxMb6"
    "/0/Mzu3tcPCVFtwLrg5KbC1HPO5ZR/nuWUcZ96wZFi+WjrBVPk4m3SEErPFTa2EbiCTd0l"
    "hxyYWgZ2gl8gLI20tnOtfcEs5wMTqJuADiM+3JcpDHcLAt3ltiZBJvIZe3SOHHf7JJEkk7"
    "UhpUmfxgh8kPpEV0izM5tEWIqfyTVNIimgIVv6kekKkZgqimyCSsxYbmmFVrQ0NzLFi5mc"
    "CuNTQnF+z6xAfhVKwA3L1IfZBaurWK0u9bHpqhaW65ncT9wyLDtRnruQu7tQOnyA4rfseM"
    "ntJyLS3XNd0wGmrDlJbrfeQ6j+X6EUNaVncf0tbZnndwOxz8onTx/XFnfDdS8bbY/0JU8u"
    "z2KMdl5+JaUUd3Fze98TiW7zLZPDGHytfeqDfoq0PltzvMC9I125YcdWUWYLVOzL7yTcV8"
    "HXW+KOcg9mFijkgiTjxwd9C/6g1vyBCZplivTr+rXF8neoVNq174+NL9Wbm8S/SLNZYxWV"
    "QfUe4hzxAK2o8I6jw5SxqbtxJCfm/pDFkrX+UV9pcaL2GNF3mblHjNxshk4Ex9XqnZk1RY"
    "pU5MWklSybyj6TUTyIqCqKbppNatXjEzrZmsBZrMhJ5jQ3XbnQubeIDhVbSll+t6VWawbV"
    "YA7e1qpEZO2rXgJt8wHOlx3yDUq6HQCtct2pl6uAMdNJ0fMBTDwZ3DIpWwtupTm/ytuQZh"
    "5suIYQQOGLiZorf2npr5+t0n6LDXdb44HSNpo0D98SOPQP3xY75ATe6lsg3iRSWAcNC9he"
    "gecakrjgrUFUdZdQV+osc8UeWXqo2R7L5E7ducWSsrRps53e7yZfb3/wO96K7c"
)
