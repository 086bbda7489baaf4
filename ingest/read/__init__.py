"""File -> pages. Owns text decoding (`report`), the PDF engines (`pdf_pdfminer`, `pdf_pdfium`) and their
shared page assembly (`pdf_layout`), the inbox listing and parallel extraction (`inbox`), and the one
exception of reading (`errors.UnreadableReport`, a leaf). Imports nothing else of `ingest`."""
