# svcreq: rules (ja)
