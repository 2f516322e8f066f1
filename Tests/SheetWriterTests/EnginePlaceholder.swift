// Placeholder so the engine branch builds before the SheetWriterTests tests are merged; delete on merge.
