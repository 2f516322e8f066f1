// Placeholder so the engine branch builds before the SheetReadersTests tests are merged; delete on merge.
