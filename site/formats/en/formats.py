# The English side writes dates as the rest of its pages do ("Thursday 28 January 2027"),
# day before month, not Django's American "Nov. 20, 2020".
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "d/m/Y"
