import { RightOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Row, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import { roleLabel } from '../../app/auth/session.js';
import { NAVIGATION } from '../../app/navigation.js';

/** 工作台: for now a welcome card with the user's role and scope, and links to the product's areas. */
export function DashboardPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { token } = theme.useToken();
  const modules = NAVIGATION.filter((item) => item.description);

  return (
    <div style={{ maxWidth: 1200 }}>
      <Card
        style={{ marginBottom: 16, borderTop: `3px solid ${token.colorPrimary}` }}
        styles={{ body: { paddingBlock: 20 } }}
      >
        <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="welcome-title">
          {t('dashboard.welcome', { name: user.displayName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 16 }}>
          {t('dashboard.intro')}
        </Typography.Paragraph>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 3 }}
          items={[
            { key: 'role', label: t('dashboard.yourRole'), children: <Tag color="blue">{roleLabel(user, t)}</Tag> },
            { key: 'scope', label: t('dashboard.yourScope'), children: user.regionName ?? t('dashboard.none') },
            { key: 'agency', label: t('dashboard.yourAgency'), children: user.agencyName ?? t('dashboard.none') },
          ]}
        />
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
            {t('dashboard.stages')}
          </Typography.Text>
          <Tag>{t('dashboard.stagePrevention')}</Tag>
          <Tag>{t('dashboard.stageResolution')}</Tag>
          <Tag>{t('dashboard.stageAccountability')}</Tag>
        </div>
      </Card>

      <Typography.Title level={5} style={{ margin: '4px 0 12px' }}>
        {t('dashboard.modulesTitle')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {modules.map((item) => (
          <Col key={item.path} xs={24} sm={12} xl={8}>
            <Link to={item.children?.[0]?.path ?? item.path}>
              <Card hoverable size="small" style={{ height: '100%' }}>
                <Card.Meta
                  avatar={<span style={{ fontSize: 22, color: token.colorPrimary }}>{item.icon}</span>}
                  title={
                    <span>
                      {t(item.label)}
                      {!item.available && (
                        <Tag bordered={false} style={{ marginInlineStart: 8, fontWeight: 'normal' }}>
                          {t('dashboard.moduleNotReady')}
                        </Tag>
                      )}
                      <RightOutlined
                        style={{ float: 'right', fontSize: 12, marginTop: 6, color: token.colorTextTertiary }}
                      />
                    </span>
                  }
                  description={item.description ? t(item.description) : null}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </div>
  );
}
