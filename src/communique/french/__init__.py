"""French press-release conventions as data: words, date grammar, phone and e-mail shapes."""
