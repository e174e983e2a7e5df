"""The demo records, drawn from the Korea-UK source documents, and the fictional examples."""
