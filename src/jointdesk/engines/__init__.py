"""Pure-Python engines: no Django, no other jointdesk package."""
