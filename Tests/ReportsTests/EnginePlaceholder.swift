// Placeholder so the engine branch builds before the ReportsTests tests are merged; delete on merge.
