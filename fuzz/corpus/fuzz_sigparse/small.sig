[a.b]
title: t
product: asr-mobility
severity: error
doc: https://x.invalid/#a
within: 3
all: (?i)err(or)?\h+\d+
unless: ok
remedy: r
example: error 5
counter-example: ok error 5
