"""jointdesk: police and border cooperation between two Schengen neighbours."""

__version__ = "0.1.0"
