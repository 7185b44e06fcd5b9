[bad
title:
all: ((
within: -1
[x.y]
all: (?<n>a)\k<n>{99999}
