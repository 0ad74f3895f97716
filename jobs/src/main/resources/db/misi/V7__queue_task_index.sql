-- Curators often review one task at a time, in any state. The page query reads an index in order
-- only when the filter pins its leading columns (QueueIndex), and item_queue needs task, split and
-- state all three; this one serves "one task" and "one task, one split" views.
CREATE INDEX item_task ON item (task, item_id);
