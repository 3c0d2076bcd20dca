def configure(*):
    pass
configure()
