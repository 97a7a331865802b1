"""Tables: their schemas, the gate every table passes, the checks, and writing them."""
