def D(key, vendor, coverage, fee, desc, blocks, **kw):
    d = {"key": key, "vendor": vendor, "coverage": coverage, "fee": fee, "desc": desc, "blocks": blocks}
    d.update(kw)
    return d
