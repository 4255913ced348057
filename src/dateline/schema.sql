-- The dateline event store (DuckDB). Only store.py reads this file.
--
-- Each "-- version N: ..." line starts the migration that brings a store from version N-1 to N.
-- A new store applies every section in order; an existing one applies the sections above the
-- version recorded in schema_version. Never edit a released section: add a new one.

-- version 1: documents, events, evidence spans, sources, rejections
CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    description VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- A source is a publisher (or the host name of the URL when no publisher is known);
-- source_key is the normalised name two reports are compared by when counting independent sources.
CREATE TABLE sources (
    source_key VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    kind VARCHAR NOT NULL  -- publisher | domain | unknown
);

-- One row per distinct input content (content_hash); re-reading the same bytes adds nothing.
CREATE TABLE documents (
    content_hash VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    url VARCHAR,
    source VARCHAR,
    source_key VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    publication_date DATE,
    language VARCHAR NOT NULL,
    raw_format VARCHAR NOT NULL,
    text VARCHAR NOT NULL,          -- cleaned article text; every span indexes into it
    status VARCHAR NOT NULL,        -- ok | rejected
    n_events INTEGER NOT NULL,
    pipeline VARCHAR NOT NULL,      -- "clean@1,anchor@1,..." of the pipeline that processed it
    settings_hash VARCHAR NOT NULL, -- fingerprint of the settings that change extraction results
    anchor_date DATE,
    anchor_place VARCHAR,
    ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE events (
    event_id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,           -- order of the event in its document
    event_date DATE,
    time_precision TINYINT NOT NULL,
    event_type VARCHAR NOT NULL,
    sub_event_type VARCHAR NOT NULL,
    actor1 VARCHAR NOT NULL,
    assoc_actor_1 VARCHAR NOT NULL,
    actor2 VARCHAR NOT NULL,
    assoc_actor_2 VARCHAR NOT NULL,
    country VARCHAR NOT NULL,
    iso3 VARCHAR NOT NULL,
    admin1 VARCHAR NOT NULL,
    admin2 VARCHAR NOT NULL,
    location VARCHAR NOT NULL,
    latitude DOUBLE,
    longitude DOUBLE,
    geo_precision TINYINT NOT NULL,
    geonameid BIGINT,
    source VARCHAR NOT NULL,
    source_key VARCHAR NOT NULL,
    source_is_party BOOLEAN NOT NULL,
    fatalities INTEGER NOT NULL,
    size INTEGER,
    notes VARCHAR NOT NULL,
    confidence DOUBLE NOT NULL,
    trigger_start INTEGER,
    trigger_end INTEGER,
    sentence_start INTEGER,
    sentence_end INTEGER,
    place_start INTEGER,
    place_end INTEGER,
    stages VARCHAR[] NOT NULL
);
CREATE INDEX events_by_hash ON events (content_hash);
CREATE INDEX events_by_date ON events (event_date);

CREATE TABLE evidence (
    event_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    field VARCHAR NOT NULL,         -- sentence | location | event_type | date | actor1 | size | ...
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    PRIMARY KEY (event_id, seq)
);

CREATE TABLE rejections (
    content_hash VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    doc_id VARCHAR NOT NULL,
    stage VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    detail VARCHAR NOT NULL,
    scope VARCHAR NOT NULL,         -- document | candidate
    PRIMARY KEY (content_hash, seq)
);

-- version 2: merged events (rebuilt as a whole by `dateline merge`)
CREATE TABLE merge_settings (
    name VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE TABLE merged_events (
    merged_id VARCHAR PRIMARY KEY,
    representative_id VARCHAR NOT NULL,  -- the report whose place and actors the merged event shows
    event_date DATE,
    date_first DATE,
    date_last DATE,
    event_type VARCHAR NOT NULL,
    sub_event_type VARCHAR NOT NULL,
    actor1 VARCHAR NOT NULL,
    actor2 VARCHAR NOT NULL,
    country VARCHAR NOT NULL,
    iso3 VARCHAR NOT NULL,
    admin1 VARCHAR NOT NULL,
    location VARCHAR NOT NULL,
    latitude DOUBLE,
    longitude DOUBLE,
    geo_precision TINYINT NOT NULL,
    fatalities INTEGER NOT NULL,
    size INTEGER,
    n_reports INTEGER NOT NULL,
    n_sources INTEGER NOT NULL,
    corroboration INTEGER NOT NULL,      -- independent sources, parties to the event not counted
    sources VARCHAR[] NOT NULL
);

CREATE TABLE merged_members (
    event_id VARCHAR PRIMARY KEY,
    merged_id VARCHAR NOT NULL,
    is_representative BOOLEAN NOT NULL,
    compared_to VARCHAR,                 -- the group's first report, the one it was tested against
    corroborates BOOLEAN NOT NULL,       -- false for a party's own report or a repeated source
    days_apart INTEGER,
    km_apart DOUBLE,
    reason VARCHAR NOT NULL               -- why it joined the representative's group
);
CREATE INDEX merged_members_by_merged ON merged_members (merged_id);

-- version 3: source focus (source_focus.py): per document, the states of its confident places
-- read alone ("US.OH US.TX"), and the focus it was read with ("US.OH=0.75"; "" for none)
ALTER TABLE documents ADD COLUMN IF NOT EXISTS regions VARCHAR DEFAULT '';
ALTER TABLE documents ADD COLUMN IF NOT EXISTS focus VARCHAR DEFAULT '';
