"""Raw RFC 5322 mail in, frozen values out. Nothing past this package touches MIME."""
