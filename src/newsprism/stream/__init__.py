"""Stream mode: articles arrive one at a time; near-duplicates are found and stories grouped online."""
