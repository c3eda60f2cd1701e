"""kewaspadaan-cli: Indonesian regional news analysis for early warning of social conflict."""

__version__ = "0.1.0"
