"""PDF briefs read with pdfium: characters -> lines (chars) -> columns and blocks in
reading order (layout) -> roles (classify) -> a RawBrief with blocks (reader)."""
