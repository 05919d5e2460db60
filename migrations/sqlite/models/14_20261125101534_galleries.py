from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "galleries" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "slug" VARCHAR(64) NOT NULL UNIQUE,
    "access_code" VARCHAR(32) NOT NULL UNIQUE,
    "password_hash" VARCHAR(200),
    "public_share_enabled" INT NOT NULL,
    "download_enabled" INT NOT NULL,
    "social_share_enabled" INT NOT NULL,
    "watermark_enabled" INT NOT NULL,
    "watermark_text" VARCHAR(60) NOT NULL,
    "expires_at" TIMESTAMP,
    "extra_photo_amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "selection_submitted_at" TIMESTAMP,
    "view_count" INT NOT NULL,
    "download_count" INT NOT NULL,
    "session_id" CHAR(36) NOT NULL REFERENCES "sessions" ("id") ON DELETE RESTRICT,
    "watermark_logo_id" CHAR(36) REFERENCES "files" ("id") ON DELETE RESTRICT
);
        CREATE TABLE IF NOT EXISTS "gallery_photos" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "thumbnail_key" VARCHAR(300) NOT NULL,
    "preview_key" VARCHAR(300) NOT NULL,
    "watermarked_key" VARCHAR(300) NOT NULL,
    "width" INT NOT NULL,
    "height" INT NOT NULL,
    "editing_status" VARCHAR(12) NOT NULL /* RAW: RAW\nEDITING: EDITING\nEDITED: EDITED\nAPPROVED: APPROVED */,
    "featured" INT NOT NULL,
    "complimentary" INT NOT NULL,
    "purchased" INT NOT NULL,
    "favorite" INT NOT NULL,
    "sort_order" INT NOT NULL,
    "notes" TEXT NOT NULL,
    "download_count" INT NOT NULL,
    "gallery_id" CHAR(36) NOT NULL REFERENCES "galleries" ("id") ON DELETE CASCADE,
    "original_id" CHAR(36) NOT NULL REFERENCES "files" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_gallery_pho_gallery_a86386" ON "gallery_photos" ("gallery_id", "sort_order");
        ;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ;
        DROP TABLE IF EXISTS "galleries";
        DROP TABLE IF EXISTS "gallery_photos";"""


MODELS_STATE = (
    "eJztXXtz2za2/yoY/3PTGTcTP+Jk3Tt3RpbpVK0tuZKcdLbqMLQIWVhTJJek/Ohuv/sFwI"
    "f4AClApGSSwkzGoUAcUPodAMR5/+dgYenQcN93plPoumPrEZoH5+A/B6a2gPiCdfsQHGi2"
    "vbpJGjzt3qD9NdpR9UhPeke7dz1Hm3r45kwzXIibdOhOHWR7yCLPOuiYwLK1fy8huIeaAx"
    "1AiX8Clmm8AuS5YPRz58fjj2dARw/Q9QBygetZDtQPgWsBDRhQewQPjmbirqblzZH58J48"
    "Wbem+NH40zYfsjQRHhT/3gfozaGDH/XHn7gZmTp8gW740X5UZwgaegJapJMBaLvqvdq07e"
    "6ud3lFe5IfcK9OLWO5MFe97VdvbplR9+US6e8JDbn3AE3oaB7UY1CbS8MIWBM2+d8YN3jO"
    "EkZfVV816HCmLQ3CsIP/nS3NKeEToE8if07/L/hqsW6q2h+M1ZEyVtWDDH/JV0hxI2iaWi"
    "aZGwhjSoD52x93BQhtPSAP6P7cGb47OfuBQmC53oNDb1K4Dv6mhJqn+aQU9BXKUwcSTFTN"
    "y6J9ie94aAHZiCcpU8jrAen78GITDoQNKxaslkgIbgjfFgA/wD9QH+AFEPC+gAHj3o0yGn"
    "dubsnjFq77b4Pi1xkr5M4xbX1Ntb7z+WXh1e/vDdEg4Ftv/DMgH8E/B30lzdWo3/ifB+Q7"
    "aUvPUk3rWdX02DQNW0PUcM8V15e2viHXk5SS63XheohRjO3Bt19xne7p6lxz51mud+eaw+"
    "Z4kirFcYzcdvbWbXJ4ob2oBjQfvDn+eHZawOGvnSHdW89OU1zrB3eO6a2/EzDDFxthpm2w"
    "uJKULVxczV1M2T3UgU94ZWyyhyYpK2BzsHokl6vn8tKFjip2FI2RVHkerS9T1xw/yQl/9s"
    "g8fRKostBeYcECPZi/wlcKcA9/D82cQgaggfh1FwzTTEhXraul7GjPkUgUn1D4t+NfDD3/"
    "nd0ZdTuXygFF+F6bPj5rjq4moCZ3rGMr1RL1zd5aHC/SLZqpPVBwyK8g3zmOOkMYDrmRLw"
    "WTH8Qn/eZjKSXLGiztQylZ7pGMISXLfeQ6j2QJFxoyRITKiKB18uTxRx6BEvfKlSjpvaRI"
    "aWuu+2zhF7ao8J4hrAbvt15JKcQ/ciH+sQDxj2nEZ8hxPZV+EoA7SdVCrI8+fODAGvfKxZ"
    "reS2JtaBtAnSCSSPMhbWOUhFCOCDZCuGZ6iSTAJ8cc+J4c58JLbiXRdSwjB1zFXC4ysmxS"
    "JxTQ7m4mH3Sve0p/LChUBFTnwP9/Yt4OB197l8rwHIRXE7NzedPrnwP6X9rUyDX3z3imfv"
    "q8E5v5ZxmdLDlvqE/QQXhIhvh3YWH8NbPgsJIgTnHpHlNvi01Ry24Fv4vB4Dpx+LzojVNw"
    "391cKJgNlAu4E/KVEj08pZLYLzTnEZ/ZzQeq6YAmQzIohJ9JLzkgwIGHJXRFUY9oJNICSP"
    "vKuU3E3ySlNArUR9r1lRwZLXa+0nU1HTLuPqkFGJBf/TqEhkYRzfKe7WLUsLNtnqo7sXhc"
    "/APxuCWBGvmjtBWkZw15BmJu5wIgfQtGUUzPeW0rVNM5MnTHXy+bQ9Ulo7QVogVeLNoDLL"
    "nkbvxR2gqS7Vj/glOvJEi3/ihtBWmGjLLTaEQ9Sq+Q0dqZ5M2JDUB1Pfy7SoI1pkONyEht"
    "RWtmGQY+mC3tklBd0XHu7CH8dyjUtBEu0/LQDE0pGCUR68eGahNcQu4QiRfAE9Kho+KLGW"
    "Ip+UJwByYcW/gP1+uAjnm7GrKRAh0bZAE3kjQQDI8SBlb5ziVpZklHE+loIh1NGuVyIB1N"
    "9pHrPI4mOnJtQ3sVthan6dpoMD7mMhgfFxiMjzMG43tkZWEewxePDXPQfYdGzDd4VY2V38"
    "eJ5RIi+O6m8/sPiSVzPeh/CbvHEO9eDy5SQL9CzXFVa6bCFxs6CAY24iTwPTMH9xzqFB+Q"
    "uTXZ58O2pvgD+QY/Hh+dfjr9fHJ2+hl3od8yavlUwKmsfYbs6H8J+kDEaXY4s+/G3W1N7m"
    "1HQOH93iamWtU1NHWBzCVT25E7m/PIdzedj05PmzKjtacHFf988sjsOQhO0UIz2CgnCdPH"
    "IJ/yfTBCY6VTFoaXSrd307l+d3J4nLLnhpP9NPMedOATgs8YvSXLfaFgJifJ5Iacnr5TDe"
    "9DuuaomwWn5pBX4q1WI6fi6rfo+sS1vSnMFUa18fgDuDbeTzXDQ2W1/6FGbBQM2FobLp5z"
    "T2ha2rLkj9JWkLQnDeEfgPB77FW1nqDj4LlR1t8kNuYgGHIv8HvG39R6rhC9b3TAtmInnX"
    "Y4QJIeBNwGuXXB4aGFbcuh4XU4lVQcGF4q2Dt74Ciw0yVOJRyWutSxaH1ONMx/4FjPwIYO"
    "CIlfaSqy7+Gg7rvoxvkP30nCMs0EATvBvyxkAssEEL/YXgGxLN1rLsymRdvicxhmxT8iRE"
    "gHiu2f0tQoTY2N2OIbanSSpsZ95DqPqVHUxLht0+Ibap94DItn+XbFs2wcquWi8KzLqUqN"
    "k0g1alqNGh2lxM4BKTKZrqo4XVX8eJaEWDhllbj7X00RXiukpOZYnTJYhWpBhigT0xjmCz"
    "Bx5WS1HoZJUcA1lg9SFJCiQEN2hoYeCqUosI9c5xEFHjGkbFFgfWKPkLbOHocH3UF/dHc9"
    "7ox7g/45iH+amCNlNKLNwQVN+fGL0h3TjB/kIq024/JWrDzFR93ktba5gtJDiAC+Yf824n"
    "vKhe9pAb5ZF6P4N8vAnO9ymyKTrrfCrrfTpeNAc/oqMrnjNC2c4Cc8qbHyM2Nlpzb9tqq+"
    "dKiJcwOf0KIhdqcO2iYDKtYIYXzK4J1HLrFmZrh6KYV1DrnEmuXvTGPCp0vXsxYRalmwC3"
    "Nb5Y4hc10J5LrSph56YsVCF0IfEe0Q61AB1ViobQcu0HIhiHWMSk5sAbSROTWWOtRV4r6f"
    "49w2WuBNJHdHZ4+wu/38eLub+cnxp7NoHycfirbw0U3n+joL8v1yNoOOeg9nlgM3eGnm0k"
    "vjYA7U2szDfzdGOkMugWaduUkWlukmE5pNvMOYt+OmwDy3HPQXsSNqryIAp8l2B+0/moKs"
    "a1ieigeHzpNmbDCHc+l3h/VJU7DWNWS8qgZaIJGIwhTVRrjWLFSz8kkMNZanff6kDfvvcK"
    "9tCJRTYtIy/LgE1bYMxNKS/jIa9POiM5nkaeMnmnrgvyBMaroVXfXK4eB+iQwPme578ry3"
    "8DkgcBXrsNPq6sOkQZMMkNZhS/8v6f/VTv+vWAx++aSZgVfXsMVJM2U8HgdIMok2N1Q2Bq"
    "R8huhg4d36g7UWKxnmyRvmWbkTL93T8x15wy1/rTOvGr1m1ochjucQ2A4mAtYMWCb5bwYd"
    "qIPQpvQT8HAXF3qkAx2YBAjG2tIEbjYGcVsPYXoduyu354xFUjogSwfkZuxDDXVFlQ7I+8"
    "h1HgfkMo5T0rGE07FkwU7udoEecsFd0bQJ0n8cH5+cfDr+cHL2+ePpp08fP3+IsM3eKgL5"
    "ovel109Z4Vn6Wv/gJXZsSFJJzVWx5ip2riupuGpfKq3DlMIqObPqFK/IzMnFkHnycnflCz"
    "/5GcT4krEY1lQzSIITiAUPzQM6IjKHC2aOtaCiyDOEj+dgalguFkTemRYI0mz9ACwH+J54"
    "YRM7DUvlT1gbdalrr1LmkTJPQ3a3hp5+pcyzj1znknk0hq2ZsDvPMYJpW47zuIH8LeAn4V"
    "HqJJ2bujLfRB8jkWb5xMqowixvWp5YTGrQvwVRfMmAsuMPPBGTuFduUBm9J50epNNDHRBu"
    "ctIbRmriNSLkKoExpwAZe6msFx87VHIzXoFlQxNjDzQ3EPaeNcP4EQt000dA3uEuTbyJPO"
    "DXBfVNXKQwC9CmjuW64HI0zsqO1Q8vCwLWYMM6lFLiHskLUkrcR67zSIlkc2dKisUBejGy"
    "NlluqgjMw4c4xwushaKwpmkltklsoalviGySUuKalgRp2Bz+esg2EEtWKSyFxiIvXRCtVo"
    "EhRXqkoBzaR4FyaFLylpK3lLzFPVV9p3qml2rkb1/kobpy7d9qQftU9ln6UseHY9zrj4Mp"
    "3iD9182qXcq7Ut6t567RUMlHyrv7yHUeeTfadAV5HqdrIceby+HswiainjiDV1SSvbVm7z"
    "2xOODdl65IUS5niCWzG8FsyEogzsdqyMwfLhldL0bTzDePUCiJcJymhUmEt5OF3NO8JcPD"
    "iS8Z/4p6hx42Q+W3Ozy/lEtBqXJFeA6iy4nZHfSvesMb0hpdTsxeX70dDr4MldHoHMQ+kP"
    "43t9fK2O8fXOLWTr+rXF/T1vByYvYH6ujnwbdzEFwcbML2yjP75yT0WWOKaF1Wn+oU5ZuE"
    "OqUp22SC2HHAk0w4v+2E88SPkrFj5FdRiAha4HlZdKzaRv2EoP6x6kD8413WTp2PO4tWsk"
    "CYBbYDbS2I8xWe+0xiyQTxOiJ+trvNFPEp2gqkvZpleWyTsJfIa+hAzRUr2ZNDvtGSaxCX"
    "t7HmHDhbmrpqQ2cKWSfaYhkhS92ifKpViAu+sVfQyyNBJH080q9qPwWaqOdMgqoEqDWbqx"
    "VhKt2RtgGrTMwhfbwa5+M1xKe7Ya87PmBN5QpQ3uv8J2xwVy5hJbG9c2ETVVm8wCYORhy4"
    "2qtsqdVMWv70q/U8JqzfGBLHpByI850/Y1N6jgzdgazCcuJZlLtksBbN6/TZa6c5bxsyMx"
    "MY+RGl6tIuidIVHefOHvra0pai9YBFduigsimnv9BhWpuXm5SKmqGpn9C3HFL92FAtmlNC"
    "rvyxo+JysdAchnEuhHRgwrGF/3Dv/6PViC2BNnH6w3fxU/PqsAqD1k2N1xLIBGNFkrUFGB"
    "EjmeID+XEjYbUDFZ8+w3212viRROLwlTjAyqCXzDHuh+AGbjkyjkTGkdT0ldzQiAIZR7KP"
    "XGfYMGV2PdGo6Gx2vQa6nn7r9Ma9/hfB11BIdg6Ci4k5uLpShsRZNLiYmBeDwa+kwf9/Yl"
    "4rV+NzQP4e8K2tLTuN0qInmwVZpEilL0Z99rHs68tn1gbxFQlCyeMG8PjFRnjQDQ4qLHrJ"
    "8TpzXDqeSGt+XUEtsOZLM3O1ZTaklblKK/Mbp7/xzaAMVWZkH81XYcbtsTwpZWl/YPueMM"
    "B6NqEO7l+BBmwNj+L9jwu06ZSEMv0ETPgEHfCEXISfBTwLaOYryfqKvwIE90sP4Pk0m7ES"
    "y27nITK9bA32+EOpJt0jhZlUk+4j13nUpDPkuJ5KP2W4nh+smaRqYbjmEVc5h6OCcg5H2X"
    "IOhrYB1AkiiTQf0vfI8eZqqLTntQEkqUqaApqjO2FYAmwHzqDj0Dw8r4bQfGWQtiDUcgdz"
    "lsIlHtyaImsB1m8Z3o0cuIDm5iHecXrJCmFW+KL8JmfQJKXUfdfnyJmVNHztgXCAoCN139"
    "xBVxQsqUpcH07hbK5KjGvFV3mrZTBFKTdlQZVrKu6HmXg8HRlUlH/c19gHUTbc9b1m6IVo"
    "RpemTtSkM6CBYEaAYMRzgDyXKFCBf4YEmkn0qvjOIb18JgWfEf5nTo0lHp6ljN3OQ6Qytg"
    "Y7+aFUxu6RWk4qY/eR6zzKWFHdoFQLiqlY4t8sA3O+gJ8ik3K9uFy/DNKv+RW+GAfl3BRG"
    "LNI2peY8Pjr9dPr55Ow0SmUUtRTlM5KZT/ng3XHmU7KH5YfWFyfrStPujg0ftsuDKhJ1hU"
    "ILtSqQZ2ZnuGUZUDNzpA8GeQrfe0y/LYCjlt3u5ReDwXViL7/opTfru5sLBb9HU4Xx2BPb"
    "Wnoz5OE5qpkPrD18/fTOjiAneXaS66o9tzxLGGEGuYSXtYfgFx7zHcm1g0TEcv8Q2D8oaq"
    "qL/hI0JsepWnDwTgo5XPUjCspHZKtHaFMPPTEgLpzaK6IdTulQWdfYGS3DDWS4QZ1sWTzh"
    "Bjs3ZnHgXU9D+67NWDHTH9OIlTQNri2hqwrFE+SDk5MKJeItfUwmBYo0GUmTUT0304YaD6"
    "TJaB+5zmMywhJSTjK3ohN/jEpKsSJnfl97uFklIAZtCyTaXZuS6IlDNG4+RiNFrowc658Y"
    "ReXYOJUEdZ0cG52YS8uxvHJVTYHlkGPjM4sjbD4Uikoi2za/yzSu8U1QOHH4NoXfS2igJ4"
    "y4D29G9o3fPiwSfYNE3eSXhQScHpwDE4K5htmn/4hMgGmpW6U1A1jmBc+W8/gTIBHwLtA8"
    "T5vOSXg78vBNx1o+zGmnpW1Ymg5szZtnfTerH54plturFOPBM6RgLgXzhuxiDRXRpGC+j1"
    "znEczDLTjD8mIbfoysTW5YVZjvZc3jXQbFNi8X7Oju4qY3HiuXgjxYEZ6D6HJidm5vh4Ov"
    "pDG8mphD5Wtv1Bv01aHy2x3eIcjdbFv6APg2rgAzCHVyQBdZMXEauWiEF8098oFQHUgyYT"
    "HLRRSpZZn0UkEr5Gbky4DCdTJjVFKZtbaiYyhnllS58BfFqimwPIUcYzNrc6cMXzOQk5pC"
    "xC+jEw3Egbp0zXDf30DXzQktDm8d8milFn7nLdSmSel4EoqgmN5AFp+Ryp+a7qYNVQNI5c"
    "8+cp1H+XNv6QyXjHy5K+zfikDeXUtd8sy/Fa8Ac1V/nN8pIEYkIZVi1C7FqOzsrQDalue/"
    "SizYEtXEpXj6ZuIpcRzwLJMtoEY3D7lE1LD79oVUKYtKWbSeW2dDpRIpi+4j13lkUQ95Yh"
    "m8I4JWSKNpMyufnbXI0JpNK4XfdaK55uM0e110VsfnjU3yPa/IZLLn+uw+2ZeO1M5IVUKd"
    "RN5yFtltinIh9gxBLsaWtWLcLiyMq1KFcQPjIaC2xycU6F6k8VEKfPXfOBp69JcC3z5ynU"
    "fgk1mEtyzuySzCb2PoxeA4QjM7ImgB2MmJfcYzr8/yp/VZtmSevchCWxyrEpBsFKdSM4m7"
    "wjCVsBwYIg9Y0nPjRuXE0vQtmMO73jBIbO3MwG9J5p6xPowlTr/LQJZxp3/ZGYrHsQR05y"
    "C8mpij7rB364e2BFcHG2w3R2cc281R+swTy8V/lq122Lj4otvrTr/f638RZUtIdw7Cq4nZ"
    "66u3w8GXoTIanYPYh4l5q/QvcRfVZxemSXwOGaoOla7S+7ria9QQjn151x33Bv1w9OCjH8"
    "KkfPPDlpRvE7M7uLm9VugMiS5xa6ffVa6vaWt4WY+JQ+vhBs7UGwg2DHKpP66PMJOVYXUs"
    "pxnIzDGuFBWEXNFJDteZw87SnWe5WxgoF5LI2DixFNxvWSCkZivobeqDTJeOA80pwzk8X4"
    "qN02x03Kkb8okTwgnHAeEk93xwkj4e+JYJ0fxwcSJpbExDigfFX8uvwiQIbJa0BLw1m8fV"
    "oBsazMQN5HEyOWnT8iV9tGj8QpxITlRZ72DXjhwru7qMWyjMZRh/YefELbA22QqQvQ2Gwv"
    "+TpH0tBjn1iuGAWZbrqKRcBxvc+FmqEoRbVqAjs0dkz54JlPH3AP276+sDxrmhCnw9TKFf"
    "8W0RDYU4cV4qET6Wzti6efxYKllsS/aOxAyNJxLZHKhY7pJWgpQIZSsBUzyCro1AeXPiCK"
    "USg1pZrMZ0qJHX6KiFYrTeJs61kVDNLMOwntWlXRKpKzrOnT30y2a052Wa9NmzPDRDUy3H"
    "W0QEsH5sqBahtU3P+9hZjVV8LXGSy/e/pzncaRcZOS0d6bO6cOlIHzGgTjZq6Ui/j1znca"
    "R/xJCyDbXrPdRC2jo71WMp/UoZKv2uoo6Hne6vxCks0TAxRx3iEqbe9H5XR4O7YVc5B5mm"
    "0CctdEWbmJ3xuNP9+Ubp47bV9cS8/XkwHpwD+t/EvFSue1+VYefiGo8a+zAxv2HmD286Q/"
    "yNossDvtmYdP8/5fH+P813/j9Nm5cfoZDpPuhezSRY/4LdndGeK67ipCCu4iQbVyHjVrYb"
    "t+Kiv1iV4Qv8fkKKNlWi2LXDj2V6xFRFsROY3Gm6Fk7yI65JflQwyY8Yk3yuHX88E0F6Rd"
    "FCjM943oBn+W/As8wbsEl1bY62u5VUES1kPZvCvj9xGulRUexRQbGqwJzXcoeK+JQqYcgL"
    "DILWrJwKkz8LSVO0l4lXlLawDagu0EtZi8uIjnSDXlqPlOpaS2e6S7yaspKTAY/49zgLzX"
    "mEuvqAX8fQQWUx+0KHeW3pDLPnlmeVROiWjNGmGSVkamEZR/PxHJhwbOE/e5wJWMAuFbeo"
    "MwxTKYP7+gS/GWP/+tLIHWBrjoemyNZM739c8ITgMyldrIFgUNzmD/sejEmlYpNcgykJFQ"
    "LIBY/Q9oDm4v60yT9EJaojV/6EifkOg+5CHcwsh5ZPtogtzQWWCSCWQ15B4EJzCP6CjoX7"
    "4RtkTPyFfgCuhUfSNXd+b+H5Sr4IZs/rxAyza9GeLinQ/Iy8OSaFIJhlAM89PDiJ2ydfEF"
    "PSL4RHDR/ochVvXpKjpqzcLM1+zXiNNNQAJM1++8h1HrOf/4JRp+w42VwNV5psd2quD9vi"
    "sa/mOj46/XT6+eTsNNJ1RS1FCq+sroviI76WYmQykL8+6ya7XcpUv1sIuyOnQUFEYyQSTp"
    "k5+a2KMC1dqXlfj2pssdYpGXVM/cLQPCSVM+sVDym/eR61A/GmBe5cc3z5nMjZgRQNsFRP"
    "PsaihhL6gvcMFUOJ0SbmxFRe8Lc1XmlHfPN7QPsdaKYOvsdIvxONhAu99yB4JvkYPnaKif"
    "GJGbzzqBqDzNOJ+Z10+/7DIVE8PM8tsNBegW49m4al6UTL4PvRu2DmWAtfmYG/Q/DdqBZC"
    "i56AzDz9QkqZ8EcYRBRsmIjC/ifJ360nA6hWN6UCQiog6rnTNlQUlQqIfeQ6jwIi2nQzPC"
    "/2sYnTtcllrwo/m9h7TVCaylLKzDBJbMN0mmK4JqkkprKo9dZBJUdtQURjJLs9tNYSTKlJ"
    "eRNNSkxaK4ktf9qHeu6qa6FNvlXWQ5uSd0vCK5Z+pKEQZw9E5RVXyT06y4nQb4iTD0LJd2"
    "q5Oa/lQuzFxOOwW0oZmM7BwNAIMtI0FETKh7khVMfvzqkVHCOoA8+iarAZMpE7x59dP5EV"
    "0ePF1GKB2uwnQHMX6+B5Dk2guY9Qz6oHqxtWhu/X4JByKNVoe6RQkWq0feQ6jxqt9eH7v9"
    "31ur+qv91hoGill+TniXnT6/dU5fex0h/R+8nPE7OvfFN7o9Gdcg6iy/TLMWfWpKKVuYKV"
    "C2KV00GG9FAgWF8vTlNntlXiGrSNallvXB+ibvDvUYGI2kG/zQoRDaw8NrhV+oLnbEpzDs"
    "jfidnpj74pQ1LMK7zaZJuvvpaXLNbRNrtBPVVaJTENVAHClQ/iVBJTWfhgq4UPmNptd5Xk"
    "vSSurU8Xn1yu66F9C3tXQ6HlMXe9jZdrMKtHy8VCc14PWMlfkz0Oi9Ta4RRyaWckk8FKbb"
    "LUJh80Sq8otcn7yHUebfIMQ4p/OkNxkK+SjNO0QjGza5Wk60HbVT3tEQqpglNkO9TUvMH7"
    "azu6YM3xXNWEUIeMk8Qvo0E/R5GQokvvcWjqgf8CA3EVctiMBatzxf0SGR4y3ffkeW9xtC"
    "A4FbMmzYXUvkUGSLPGxNNepTNcZEkkqeSKEN+K3lYJVEsnpSp0QJt5ieUqNkQdxbjVGrVk"
    "QCVajerE6W68RCFDmE7cPywSpePF+6QYLcVoKUY3SqCSYvQ+cp0rtjHQBYsWe0jTtUKc3k"
    "HRh/g3ExAXUmRSXhCWFzA4jtAMjwhaAHaqCAHPvD7Ln9ZnmVl9by+y0BYHRwckG7mm1czu"
    "VmFYtANnkPiOQdVA5iNDo5Cv6mGQSm1P5doe14ZTpBk0UAY5MKf0bIEqNIe+BZvM7v1jrS"
    "ekQwcfbZi1kvOZkKWU8EsFXO0VcG9dsqJux/U8pRsjYb7UVNZbU7mahiyfn/gcLXD3SS0K"
    "qaKUKkqpomyKskqqKPeR6zwqygYGCN0q/cte/4vgnhqSnYPgYmLeDgddZTTyG6PrqFYzCS"
    "GKLg/4JsqWY4hI0OeCrrUgLwkjdI6sVfY6ZVMXrdcGrtUCyMl6S/uXiEq3UqjdXKiN27lF"
    "4+CypDIaLp2ZEL2IZiWMKGTEVkr/Qiswiqpf4kRyeq4Jgku5x5SMK0p72zQT4vUhcdl9kC"
    "Mwjs7LCkAul2msIRAnVnFOtrHUtrtraOu55a5PVxi9boSrLm8zLi4s+spQjsXqwearxhK1"
    "Z6VeTOrFpF6sKRoSqRfbR67z6MVEXfakq56Yq55rLB9E8A37V4PvmxoJU/5ipzz+Yqf5/m"
    "KnaWi16RS6LsZOF5rBKbLWAX1yzAH0yXF+bq3jNNC25rrPFj5+zjV3LgJ1hnAjsGsmBexg"
    "07CX9waaqrQCmApNggPj4HthWQbUzBzoc4ZIceAej7GtjTtq2e3B92IwuE68fC96aZ3t3c"
    "2FMnx3RFmCOyFfPmPUlwlKtm3IAxb5DvEPt6DGwu9a1MuxzDLIG0IuAwE+PGNEnIXmPG7I"
    "BCa9XAibMMCDLwzxLP8NnKVs4cG9+lAE+GIjLGNtIAsnKWVp8/qIvlmNB14Rjqbacwv32S"
    "RDMpt+d3mSP2xrdckkyfXY2KpOkgwNSFXTqru8XyBvM21f/ihyt6vzbveE4DNmI3OXy93i"
    "kkSt2dqOj04/nX4+OTuNdrSopWgjK5AQRYHNEkpwM/JfzYKD6rsZCXj8rCQCw3qwBLFlEk"
    "ufqkIHoLdI11zTqVsmXojtlJKckFVgvAf+KcxVLOyqElNXEwmoZAjhLRmjRTObET5YnSeP"
    "DxbDjydCcZ0Xz6u6YtpWXXn+CB9IdVyW46mWo+Oef0ofH+njU88l3VBvD+njs49c5/Hx8e"
    "bLxb2pIUN9hELqtQxhG3VsXAb8kwID/gnDgO9AqjkRxDtFJtHmQzs6z+L9SRBxBqlEnRN1"
    "pHsMb6BcjVfUv02FJCvTdc2xmDoXUSCuCCSeDDyhjjz8PLVc3Hd2lB2Gww473wRlCkJyDv"
    "Cfialc9sY04Du48FtIqLf//8Ts3N4OB19p/cjg6mCDreWIx9vwKN/b8CjjbTjD4sXSEXYy"
    "iZNJ7x4B55KptbANRHLIaaww+0LQM7QSeQHk7aUznWvuBr6dMTqJuADiM+3JcpDH8Bcv3l"
    "tiZBJvIQ/OSOHHf7JJEkmzaBpUmctjh7k8pIF/izM5tEWIqfyTVNLAnwIVv6kekKkZgqim"
    "yCSsxVb9mFWrpMU5FnvfTGDX2puTC3Z9Ho9wKlYA7l5k8kgt3VolnehbHpqhaW71qMT9wy"
    "LDtRnruQu7tQOnyA4L2MeMntJyLS3XNd0wGmrDlJbrfeQ6j+X6EUO6qe4+pK2zPe/gdjj4"
    "Reni++PO+G6k4m2x/4Wo5NntUcrWzsW1oo7uLm5643EsfWuyeWIOla+9UW/QV4fKb3eYF6"
    "Rrti056soswGqdmH3lm4r5Oup8Uc5B7MPEHJG8snjg7qB/1RvekCEyTbFenX5Xub5O9Aqb"
    "Vr3w8aX7s3J5l+gXa9zEZFF9ggQPeYZQDoqIoM6Tc0Nj81YyItxbOkPWyld5hf2lxktY40"
    "XeJhu8ZmNkMg6sPq/U7EkqLLooJq0kqWTIR3rNBLKiIKppOql1q1cIWGsma4EmM6HnKKlu"
    "u3NhEw8wvIq29HJdr8oMts0KoL1djdTISbsW3OQbhiPb8xvE1TUUWuEyXDtTD3egg6bzA4"
    "ZiOLhzWKQS1lZ9apOOONcgzHwZMYzAAQPLKXpr76mZr999gg57XeeL0zGSNgrUHz/yCNQf"
    "P+YL1OReKnkmXlQCCAfdW4juEZe64qhAXXGUVVfgJ3rME1V+5eUYye4rLr/NmbWy2sqZ0+"
    "0uX2Z//z++CApr"
)
