"""Dutch personal-data removal for published case texts (no Flask imports).

>>> anonymize("Mevrouw Priya Bakker belde op 06-12345678.").text
'Mevrouw [persoon 1] belde op [telefoonnummer].'
"""

from .core import Entity, Known, Result, anonymize, find_entities

__all__ = ["Entity", "Known", "Result", "anonymize", "find_entities"]
