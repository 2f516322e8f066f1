// Placeholder so the engine branch builds before the SheetReaders branch is merged; delete on merge.
