"""Cross-border entity resolution: who in a Romanian file is who in a Bulgarian one.

Pure Python (no Django, no other jointdesk package). The normalisation layer lives in
`scripts` (Cyrillic <-> Latin, Romanian diacritics), `names` (folding, phonetic keys, similarity)
and `identifiers` (CNP/EGN/LNCh, phones, plates, document numbers); the linkage pipeline builds
on them. Nothing heavy is imported here so that `import jointdesk.engines.linkage.names` stays cheap.
"""
