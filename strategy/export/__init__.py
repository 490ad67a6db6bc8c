"""Word documents built from the strategy: the strategy itself and the agency brief."""
