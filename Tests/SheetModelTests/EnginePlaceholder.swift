// Placeholder so the engine branch builds before the SheetModelTests tests are merged; delete on merge.
