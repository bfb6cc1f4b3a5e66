# svcreq: rules (en)
