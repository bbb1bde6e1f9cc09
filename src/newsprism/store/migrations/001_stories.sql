-- Stories, their articles (every version) and their reports.
-- {serial} and {blob} are filled in per database (see newsprism/store/migrations.py).

CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'empty',
    progress REAL NOT NULL DEFAULT 0,
    message TEXT NOT NULL DEFAULT ''
);

CREATE INDEX stories_updated ON stories (updated);

-- One row per version of an article. ident is what makes two rows the same article:
-- its URL when it has one (a changed text is a new version), else its fingerprint.
CREATE TABLE articles (
    seq {serial},
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    ident TEXT NOT NULL,
    version INTEGER NOT NULL,
    latest INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    source TEXT NOT NULL,
    format TEXT NOT NULL,
    text TEXT,
    html TEXT,
    title TEXT,
    url TEXT,
    outlet TEXT,
    published TEXT,
    byline TEXT NOT NULL,
    added TEXT NOT NULL,
    UNIQUE (story_id, fingerprint),
    UNIQUE (story_id, ident, version)
);

CREATE INDEX articles_latest ON articles (story_id, latest);
CREATE INDEX articles_ident ON articles (story_id, ident);

-- The latest report of a story, as zlib-compressed JSON, with the story revision it was made from.
CREATE TABLE reports (
    story_id TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    saved TEXT NOT NULL,
    data {blob} NOT NULL
);
