# svcreq: output (ja)
