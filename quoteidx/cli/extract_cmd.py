"""`quoteidx extract`: print the quotes of articles, no database."""
