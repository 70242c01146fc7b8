// The Explorer module is built by its own issue; this file only keeps the target buildable.
