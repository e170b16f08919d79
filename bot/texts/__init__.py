"""User-facing texts in Danish and English, one module per feature; `bot.i18n` merges them."""
