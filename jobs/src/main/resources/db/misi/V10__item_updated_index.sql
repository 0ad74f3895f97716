-- The console's dashboard asks "did any item change?" on every view: COUNT(*) (free in H2) and
-- MAX(updated_at), which this index answers without reading the table (DashboardFiguresCache).
CREATE INDEX item_updated ON item (updated_at);
