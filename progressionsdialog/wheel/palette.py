"""The life wheel's area colours, one list for the screen and the print (pale, so the
numbers on top stay readable; colour never carries meaning alone)."""

AREA_FILLS = (
    "#9ecae1", "#a1d99b", "#fdd0a2", "#dadaeb", "#fcbba1", "#c7e9c0",
    "#c6dbef", "#fdae6b", "#bcbddc", "#d9d9d9", "#fee391", "#99d8c9",
)  # fmt: skip
