# svcreq: output (en)
