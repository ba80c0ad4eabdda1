DROP TABLE receipts;
DROP TABLE kiosks;
DROP TABLE paper_sheets;
DROP TABLE paper_batches;
