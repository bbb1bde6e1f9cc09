-- A paste in the web form of articles the store already holds offers the story that holds them: looked up by
-- fingerprint across all stories, which without this index reads the whole articles table on every paste.
CREATE INDEX articles_fingerprint ON articles (fingerprint);
